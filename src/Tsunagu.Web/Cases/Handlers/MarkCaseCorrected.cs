using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Handlers;

/// <summary>The resident answered a correction request: the case moves 補正依頼 → 補正済 for the examiner to pick up.</summary>
internal sealed class MarkCaseCorrected(TsunaguDb db, CaseHistory history, IProcedureDirectory procedures) : IIntegrationEventSubscriber<ApplicationCorrected>
{
    public async Task HandleAsync(ApplicationCorrected corrected, Guid messageId, CancellationToken ct)
    {
        var c = await db.Set<CaseFile>().SingleOrDefaultAsync(x => x.ApplicationId == corrected.ApplicationId, ct);
        // A redelivery after the move, or a case withdrawn meanwhile: nothing left to do.
        if (c is null || c.Status != CaseStatus.CorrectionRequested)
        {
            return;
        }
        var labels = procedures.Find(c.ProcedureId)?.Fields.Where(f => corrected.FieldIds.Contains(f.Id)).Select(f => f.Label).ToList() ?? [];
        await history.MoveAsync(c, CaseStatus.Corrected, StaffActor.Resident, "申請者が補正しました: " + string.Join("、", labels), null, ct);
        await db.SaveChangesAsync(ct);
    }
}
