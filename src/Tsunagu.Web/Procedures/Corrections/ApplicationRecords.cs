using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Corrections;

/// <summary>Applications for the back office: reading answers, recording statuses, reopening fields (補正).</summary>
internal sealed class ApplicationRecords(TsunaguDb db, ProcedureCatalogue catalogue, TimeProvider clock) : IApplicationRecords
{
    public async Task<ApplicationRecord?> FindAsync(Guid applicationId, CancellationToken ct = default)
    {
        var application = await db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || await catalogue.FindVersionAsync(application.ProcedureId, application.ProcedureVersion, ct) is not { Form: { } form })
        {
            return null;
        }
        var answers = FormAnswers.FromJson(application.AnswersJson);
        var corrections = await db.Set<ApplicationCorrection>().AsNoTracking().Where(c => c.ApplicationId == applicationId)
            .OrderBy(c => c.RequestedAt).ToListAsync(ct);
        return new ApplicationRecord(application.Id, application.ReceiptNumber, application.ProcedureId, application.ProcedureVersion,
            application.SubmittedAt, await ContactEmailAsync(application, form, answers, ct), answers.Values, Readable(form, answers, null),
            [.. corrections.Select(c => View(c, form))],
            await db.Set<Apply.ApplicationSignature>().AnyAsync(s => s.ApplicationId == application.Id, ct));
    }

    public async Task RecordStatusAsync(Guid applicationId, string status, string? message, CancellationToken ct = default)
    {
        var application = await db.Set<Application>().SingleAsync(a => a.Id == applicationId, ct);
        application.Status = status;
        db.Set<ApplicationStatusChange>().Add(new ApplicationStatusChange
        {
            ApplicationId = applicationId,
            Status = status,
            Message = message,
            At = clock.GetUtcNow().UtcDateTime,
        });
    }

    public async Task<string?> RequestCorrectionAsync(Guid applicationId, IReadOnlyList<string> fieldIds, string message, CancellationToken ct = default)
    {
        var application = await db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        var form = application is null ? null : (await catalogue.FindVersionAsync(application.ProcedureId, application.ProcedureVersion, ct))?.Form;
        if (application is null || form is null)
        {
            return "申請が見つかりません。";
        }
        if (fieldIds.Count == 0)
        {
            return "補正をお願いする項目を1つ以上選んでください。";
        }
        if (fieldIds.FirstOrDefault(id => form.AllFields.All(f => f.Id != id)) is { } unknown)
        {
            return $"補正をお願いする項目「{unknown}」は、この申請の様式にありません。";
        }
        if (await db.Set<ApplicationCorrection>().AnyAsync(c => c.ApplicationId == applicationId && c.AnsweredAt == null, ct))
        {
            return "この申請には、まだ回答されていない補正のお願いがあります。";
        }
        var answers = FormAnswers.FromJson(application.AnswersJson);
        db.Set<ApplicationCorrection>().Add(new ApplicationCorrection
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = applicationId,
            FieldIdsJson = JsonSerializer.Serialize(fieldIds),
            Message = message,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
            BeforeJson = Subset(answers, fieldIds).ToJson(),
        });
        return null;
    }

    /// <summary>The answers under the given top-level fields (group entries and bank-account parts included).</summary>
    public static FormAnswers Subset(FormAnswers answers, IEnumerable<string> fieldIds)
    {
        var ids = fieldIds.ToList();
        return new FormAnswers(answers.Values.Where(kv => ids.Any(id => kv.Key == id
            || kv.Key.StartsWith(id + ".", StringComparison.Ordinal) || kv.Key.StartsWith(id + "[", StringComparison.Ordinal))).ToDictionary());
    }

    private static ApplicationCorrectionView View(ApplicationCorrection c, FormDefinition form)
    {
        var ids = JsonSerializer.Deserialize<List<string>>(c.FieldIdsJson) ?? [];
        return new ApplicationCorrectionView(c.Id, ids, c.Message, c.RequestedAt, c.AnsweredAt,
            Readable(form, FormAnswers.FromJson(c.BeforeJson), ids),
            c.AfterJson is null ? [] : Readable(form, FormAnswers.FromJson(c.AfterJson), ids));
    }

    private static List<ApplicationAnswer> Readable(FormDefinition form, FormAnswers answers, IReadOnlyList<string>? only)
    {
        var rows = new List<ApplicationAnswer>();
        foreach (var page in form.Pages)
        {
            foreach (var f in page.Fields.Where(f => only?.Contains(f.Id) ?? FormLogic.IsShown(f, answers)))
            {
                var value = f.Type == FieldTypes.Group
                    ? string.Join(" / ", Enumerable.Range(0, answers.GroupCount(f.Id)).Select(i =>
                        string.Join("、", f.Fields.Select(c => AnswerSummary.Display(c, $"{f.Id}[{i}].{c.Id}", answers)).Where(v => v.Length > 0))))
                    : AnswerSummary.Display(f, f.Id, answers);
                rows.Add(new ApplicationAnswer(f.Id, page.Title, f.Label, value, f.Type == FieldTypes.File));
            }
        }
        return rows;
    }

    private async Task<string?> ContactEmailAsync(Application application, FormDefinition form, FormAnswers answers, CancellationToken ct)
    {
        if (application.Owner.StartsWith("account:", StringComparison.Ordinal) && Guid.TryParse(application.Owner["account:".Length..], out var accountId))
        {
            var email = await db.Set<ResidentAccount>().Where(a => a.Id == accountId).Select(a => a.Email).SingleOrDefaultAsync(ct);
            // Card-only accounts carry a placeholder under the reserved .invalid domain: nothing can be delivered there.
            if (email is not null && !email.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
            {
                return email;
            }
        }
        return form.AllFields.Where(f => f.Type == FieldTypes.Email).Select(f => answers[f.Id]).FirstOrDefault(v => v is not null);
    }
}
