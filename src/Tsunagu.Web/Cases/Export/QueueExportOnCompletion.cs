using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;

namespace Tsunagu.Web.Cases.Export;

/// <summary>A completed case (完了) is exported to its core system; 却下 and 取下げ are not.</summary>
internal sealed class QueueExportOnCompletion(TsunaguDb db, ExportRequests queue) : IIntegrationEventSubscriber<CaseClosed>
{
    public async Task HandleAsync(CaseClosed closed, Guid messageId, CancellationToken ct)
    {
        if (closed.Outcome != CaseStatus.Completed.Japanese()
            || await db.Set<CaseExport>().AnyAsync(e => e.CaseId == closed.CaseId && e.RequestedBy == "system", ct))
        {
            return;
        }
        var c = await db.Set<CaseFile>().AsNoTracking().SingleAsync(x => x.Id == closed.CaseId, ct);
        var rules = await db.Set<ProcedureRules>().AsNoTracking().SingleOrDefaultAsync(r => r.ProcedureId == c.ProcedureId, ct);
        queue.Stage(c, rules, "system");
        await db.SaveChangesAsync(ct);
    }
}
