using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Workflow;

/// <summary>What staff do to a case. Each action checks department, version and workflow, then saves once.</summary>
public sealed class CaseWorkflow(TsunaguDb db, CaseHistory history, IApplicationRecords applications, CaseStaff staff, EventOutbox outbox)
{
    public const int MaxNoteLength = 2000;

    public async Task<CaseResult> TransitionAsync(Guid id, int version, CaseStatus to, string? note, StaffActor actor, CancellationToken ct)
    {
        var (c, error) = await LoadAsync(id, version, actor, ct);
        if (error is not null)
        {
            return error;
        }
        note = note?.Trim();
        if (CaseTransitions.Check(c!.Status, to, c.RequiresApproval, actor.IsManager) is { } refused)
        {
            return refused;
        }
        if (CaseTransitions.NeedsReason(to) && string.IsNullOrEmpty(note))
        {
            return new ReasonRequired(to);
        }
        if (note?.Length > MaxNoteLength)
        {
            return new NoteTooLong();
        }
        // The reason of a 却下 is what the resident is told; other notes stay internal.
        await history.MoveAsync(c, to, actor, note, to == CaseStatus.Rejected ? note : null, ct);
        return await SaveAsync(ct);
    }

    public async Task<CaseResult> AssignAsync(Guid id, int version, string? assigneeId, StaffActor actor, CancellationToken ct)
    {
        var (c, error) = await LoadAsync(id, version, actor, ct);
        if (error is not null)
        {
            return error;
        }
        if (c!.Status.IsClosed())
        {
            return new CaseClosedAlready(c.Status);
        }
        string? name = null;
        if (!string.IsNullOrEmpty(assigneeId) && (name = await staff.NameInDepartmentAsync(assigneeId, c.Department, ct)) is null)
        {
            return new AssigneeUnknown();
        }
        var text = name is null ? "担当者を外しました" : c.AssigneeId is null ? $"担当者を {name} さんにしました" : $"担当者を {c.AssigneeName} さんから {name} さんに替えました";
        (c.AssigneeId, c.AssigneeName) = (string.IsNullOrEmpty(assigneeId) ? null : assigneeId, name);
        history.Touch(c);
        history.Log(c, actor, CaseEventKinds.Assign, text);
        return await SaveAsync(ct);
    }

    /// <summary>Notes only add to the history, so they never conflict with another member of staff's change.</summary>
    public async Task<CaseResult> AddNoteAsync(Guid id, string? note, StaffActor actor, CancellationToken ct)
    {
        var (c, error) = await LoadAsync(id, null, actor, ct);
        if (error is not null)
        {
            return error;
        }
        note = note?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            return new NoteRequired();
        }
        if (note.Length > MaxNoteLength)
        {
            return new NoteTooLong();
        }
        history.Log(c!, actor, CaseEventKinds.Note, note);
        return await SaveAsync(ct);
    }

    /// <summary>A message to the applicant of an online application, shown in マイページ's history; the status stays as it is.</summary>
    public async Task<CaseResult> MessageResidentAsync(Guid id, string? message, StaffActor actor, CancellationToken ct)
    {
        var (c, error) = await LoadAsync(id, null, actor, ct);
        if (error is not null)
        {
            return error;
        }
        if (c!.ApplicationId is not { } applicationId)
        {
            return new CorrectionRefused("申請者へのお知らせは、オンライン申請の案件でのみ送れます。", "ResidentMessage");
        }
        message = message?.Trim();
        if (string.IsNullOrEmpty(message) || message.Length > MaxNoteLength)
        {
            return new CorrectionRefused(string.IsNullOrEmpty(message) ? "申請者へのお知らせを入力してください。" : "申請者へのお知らせは2000文字以内で入力してください。", "ResidentMessage");
        }
        await applications.RecordStatusAsync(applicationId, c.Status.ForResident(), message, ct);
        history.Log(c, actor, CaseEventKinds.Message, "申請者へのお知らせ: " + message);
        outbox.Add(new Handlers.ResidentMessaged(c.Id, applicationId));
        return await SaveAsync(ct);
    }

    public async Task<CaseResult> RequestCorrectionAsync(Guid id, int version, IReadOnlyList<string> fieldIds, string? message, StaffActor actor, CancellationToken ct)
    {
        var (c, error) = await LoadAsync(id, version, actor, ct);
        if (error is not null)
        {
            return error;
        }
        if (CaseTransitions.Check(c!.Status, CaseStatus.CorrectionRequested, c.RequiresApproval, actor.IsManager) is { } refused)
        {
            return refused;
        }
        if (c.ApplicationId is not { } applicationId)
        {
            return new CorrectionOnlyForOnline();
        }
        message = message?.Trim();
        if (string.IsNullOrEmpty(message))
        {
            return new CorrectionMessageRequired();
        }
        if (message.Length > MaxNoteLength)
        {
            return new CorrectionRefused("申請者へのメッセージは2000文字以内で入力してください。", "Message");
        }
        if (await applications.RequestCorrectionAsync(applicationId, fieldIds, message, ct) is { } reason)
        {
            return new CorrectionRefused(reason);
        }
        await history.MoveAsync(c, CaseStatus.CorrectionRequested, actor, $"補正をお願いしました({fieldIds.Count}項目): {message}", message, ct);
        return await SaveAsync(ct);
    }

    private async Task<(CaseFile? Case, CaseError? Error)> LoadAsync(Guid id, int? version, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<CaseFile>().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return (null, new CaseNotFound());
        }
        if (!actor.MaySee(c.Department))
        {
            return (null, new OtherDepartment());
        }
        if (version is { } v && v != c.Version)
        {
            return (null, new StaleCase(await LastActorAsync(id, ct)));
        }
        return (c, null);
    }

    private async Task<CaseResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CaseResult.Ok;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Someone saved between our read and our write: nothing of ours is stored, the page shows theirs.
            var id = ex.Entries.Select(e => e.Entity).OfType<CaseFile>().FirstOrDefault()?.Id;
            db.ChangeTracker.Clear();
            return new StaleCase(id is { } caseId ? await LastActorAsync(caseId, ct) : null);
        }
    }

    private Task<string?> LastActorAsync(Guid id, CancellationToken ct) =>
        db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == id && e.Kind != CaseEventKinds.Note)
            .OrderByDescending(e => e.Id).Select(e => e.ActorName).FirstOrDefaultAsync(ct);
}
