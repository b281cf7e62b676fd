using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

public sealed record SubmitOutcome(Application? Application, int? ProblemPage, string? Problem);

/// <summary>Start, save, resume and submit an online application.</summary>
public sealed class ApplicationJourney(TsunaguDb db, ProcedureCatalogue catalogue, EventOutbox outbox, TimeProvider clock)
{
    /// <summary>Resumes the owner's unfinished draft of this procedure version, or starts one with the prefilled values.</summary>
    public async Task<Draft> StartAsync(ProcedureDefinition procedure, string owner, IReadOnlyDictionary<string, string> prefill, CancellationToken ct)
    {
        var existing = await db.Set<Draft>().Where(d => d.Owner == owner && d.ProcedureId == procedure.Id
                && d.ProcedureVersion == procedure.Version && d.SubmittedApplicationId == null)
            .OrderByDescending(d => d.UpdatedAt).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new Draft
        {
            Id = Guid.CreateVersion7(),
            ProcedureId = procedure.Id,
            ProcedureVersion = procedure.Version,
            Owner = owner,
            AnswersJson = new FormAnswers(prefill.ToDictionary()).ToJson(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<Draft>().Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public async Task<(Draft Draft, ProcedureDefinition Procedure)?> OpenAsync(Guid draftId, string owner, CancellationToken ct)
    {
        var draft = await db.Set<Draft>().SingleOrDefaultAsync(d => d.Id == draftId, ct);
        if (draft is null || owner.Length == 0 || draft.Owner != owner)
        {
            return null;
        }
        var procedure = await catalogue.FindVersionAsync(draft.ProcedureId, draft.ProcedureVersion, ct);
        return procedure?.Form is null ? null : (draft, procedure);
    }

    public async Task SaveAsync(Draft draft, FormAnswers answers, CancellationToken ct)
    {
        draft.AnswersJson = answers.ToJson();
        draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Submits once: a second call for the same draft (double click, refresh, retry) returns the same application.</summary>
    public async Task<SubmitOutcome> SubmitAsync(Draft draft, ProcedureDefinition procedure, CancellationToken ct, ApplicationSignature? signature = null)
    {
        if (await FindSubmittedAsync(draft.Id, ct) is { } already)
        {
            return new SubmitOutcome(already, null, null);
        }
        if (procedure.Assurance == Vocabulary.CardSignature && signature is null)
        {
            throw new InvalidOperationException("a card-signature procedure is submitted only with its signature");
        }
        var answers = FormAnswers.FromJson(draft.AnswersJson);
        if (FormValidation.FirstProblem(procedure.Form!, answers) is { } problem)
        {
            return new SubmitOutcome(null, problem.PageIndex, problem.Message);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var application = new Application
        {
            Id = Guid.CreateVersion7(),
            ReceiptNumber = ReceiptNumbers.Next(now),
            ProcedureId = procedure.Id,
            ProcedureVersion = procedure.Version,
            Department = procedure.Department,
            DraftId = draft.Id,
            Owner = draft.Owner,
            AnswersJson = Submittable(procedure.Form!, answers).ToJson(),
            SubmittedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<Application>().Add(application);
        if (signature is not null)
        {
            signature.ApplicationId = application.Id;
            db.Set<ApplicationSignature>().Add(signature);
        }
        db.Set<ApplicationStatusChange>().Add(new ApplicationStatusChange { ApplicationId = application.Id, Status = ApplicationStatuses.Received, At = now });
        draft.SubmittedApplicationId = application.Id;
        draft.UpdatedAt = now;
        outbox.Add(new ApplicationSubmitted(application.Id, application.ReceiptNumber, procedure.Id, procedure.Version, procedure.Name,
            procedure.Department, procedure.ProcessingDays, now, AccountOf(draft.Owner), "online"));
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions of one draft raced; the unique draft id let only one in.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new SubmitOutcome(await FindSubmittedAsync(draft.Id, ct) ?? throw new InvalidOperationException("submission failed"), null, null);
        }
        return new SubmitOutcome(application, null, null);
    }

    public Task<Application?> FindSubmittedAsync(Guid draftId, CancellationToken ct) =>
        db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.DraftId == draftId, ct);

    private static Guid? AccountOf(string owner) =>
        owner.StartsWith("account:", StringComparison.Ordinal) && Guid.TryParse(owner["account:".Length..], out var id) ? id : null;

    /// <summary>Only what the applicant was asked: hidden pages and fields, and working markers, are dropped.</summary>
    /// <summary>The answers as stored on submission (and signed): only what the shown pages and fields hold.</summary>
    public static FormAnswers Submittable(FormDefinition form, FormAnswers answers)
    {
        var kept = new FormAnswers(answers.Values.Where(kv => !kv.Key.EndsWith(".invalid", StringComparison.Ordinal)).ToDictionary());
        foreach (var page in form.Pages)
        {
            foreach (var f in page.Fields.Where(f => !FormLogic.Holds(page.ShowIf, answers) || !FormLogic.IsShown(f, answers)))
            {
                kept.RemoveField(f.Id);
            }
        }
        return kept;
    }
}
