using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Workflow;

/// <summary>
/// Stages changes of a case in the current unit of work: the history line, the version bump, the events for other
/// modules and the resident-facing status of an online application. Callers save once.
/// </summary>
public sealed class CaseHistory(TsunaguDb db, EventOutbox outbox, IApplicationRecords applications, TimeProvider clock)
{
    public void Log(CaseFile c, StaffActor actor, string kind, string text, CaseStatus? from = null, CaseStatus? to = null) =>
        db.Set<CaseEvent>().Add(new CaseEvent
        {
            CaseId = c.Id,
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = kind,
            From = from,
            To = to,
            Text = text,
        });

    public void Touch(CaseFile c)
    {
        c.Version++;
        c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>Moves the case (the caller checked the move is allowed) and tells the resident when what they see changes.</summary>
    public async Task MoveAsync(CaseFile c, CaseStatus to, StaffActor actor, string? text, string? messageToResident, CancellationToken ct)
    {
        var from = c.Status;
        var now = clock.GetUtcNow().UtcDateTime;
        c.Status = to;
        c.ClosedAt = to.IsClosed() ? now : null;
        Touch(c);
        Log(c, actor, CaseEventKinds.Status, text ?? "", from, to);
        outbox.Add(new CaseStatusChanged(c.Id, c.Number, c.Department, c.ProcedureId, from.Japanese(), to.Japanese(), to.ForResident(), now, c.ApplicationId));
        if (to.IsClosed())
        {
            outbox.Add(new CaseClosed(c.Id, c.Number, c.Department, c.ProcedureId, to.Japanese(), now, c.ApplicationId));
        }
        if (c.ApplicationId is { } applicationId && (from.ForResident() != to.ForResident() || messageToResident is not null))
        {
            await applications.RecordStatusAsync(applicationId, to.ForResident(), messageToResident, ct);
        }
    }
}
