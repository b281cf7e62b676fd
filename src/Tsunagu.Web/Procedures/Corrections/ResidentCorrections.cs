using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Procedures.Forms;
using Tsunagu.Web.Procedures.My;

namespace Tsunagu.Web.Procedures.Corrections;

/// <summary>An open correction request of the resident's own application, with exactly the fields it reopens.</summary>
public sealed record OpenCorrection(Application Application, ProcedureDefinition Procedure, ApplicationCorrection Request, PageDefinition Page);

/// <summary>The resident's side of 補正: see the request in マイページ, fix the reopened fields, resubmit once.</summary>
public sealed class ResidentCorrections(TsunaguDb db, MyPortal portal, EventOutbox outbox, TimeProvider clock)
{
    public async Task<OpenCorrection?> OpenAsync(Guid accountId, Guid applicationId, CancellationToken ct)
    {
        // Ownership first: another resident's application is simply not found.
        if (await portal.ApplicationAsync(accountId, applicationId, ct) is not var (_, procedure, _) || procedure.Form is null)
        {
            return null;
        }
        var request = await db.Set<ApplicationCorrection>().Where(c => c.ApplicationId == applicationId && c.AnsweredAt == null)
            .OrderByDescending(c => c.RequestedAt).FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return null;
        }
        var application = await db.Set<Application>().SingleAsync(a => a.Id == applicationId, ct);
        var ids = JsonSerializer.Deserialize<List<string>>(request.FieldIdsJson) ?? [];
        var fields = procedure.Form.AllFields.Where(f => ids.Contains(f.Id)).ToList();
        return new OpenCorrection(application, procedure, request, new PageDefinition { Id = "correction", Title = "補正", Fields = fields });
    }

    /// <summary>The open request of an application the caller already checked is the resident's, with the labels of its fields.</summary>
    public async Task<(string Message, IReadOnlyList<string> Labels)?> PendingAsync(Guid applicationId, ProcedureDefinition procedure, CancellationToken ct)
    {
        var request = await db.Set<ApplicationCorrection>().AsNoTracking().Where(c => c.ApplicationId == applicationId && c.AnsweredAt == null)
            .OrderByDescending(c => c.RequestedAt).FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return null;
        }
        var ids = JsonSerializer.Deserialize<List<string>>(request.FieldIdsJson) ?? [];
        return (request.Message, [.. (procedure.Form?.AllFields ?? []).Where(f => ids.Contains(f.Id)).Select(f => f.Label)]);
    }

    /// <summary>Stores the new values of the reopened fields only, keeps the old ones in the request, and tells the back office.</summary>
    public async Task AnswerAsync(OpenCorrection open, FormAnswers edited, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = open.Page.Fields.Select(f => f.Id).ToList();
        var answers = FormAnswers.FromJson(open.Application.AnswersJson);
        foreach (var id in ids)
        {
            answers.RemoveField(id);
        }
        var after = ApplicationRecords.Subset(edited, ids);
        foreach (var (key, value) in after.Values.Where(kv => !kv.Key.EndsWith(".invalid", StringComparison.Ordinal)))
        {
            answers.Set(key, value);
        }
        open.Application.AnswersJson = answers.ToJson();
        open.Request.AnsweredAt = now;
        open.Request.AfterJson = ApplicationRecords.Subset(answers, ids).ToJson();
        outbox.Add(new ApplicationCorrected(open.Application.Id, open.Request.Id, ids, now));
        await db.SaveChangesAsync(ct);
    }
}
