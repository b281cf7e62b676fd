using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.My;

public sealed record MyDraft(Guid Id, string ProcedureName, DateTime UpdatedAt);

public sealed record MyApplication(Guid Id, string ReceiptNumber, string ProcedureName, string Status, DateTime SubmittedAt);

/// <summary>マイページ reads: only what belongs to the signed-in account, whatever id is asked for.</summary>
public sealed class MyPortal(TsunaguDb db, ProcedureCatalogue catalogue)
{
    public static string OwnerOf(Guid accountId) => "account:" + accountId;

    public async Task<IReadOnlyList<MyDraft>> DraftsAsync(Guid accountId, CancellationToken ct)
    {
        var owner = OwnerOf(accountId);
        var drafts = await db.Set<Draft>().AsNoTracking().Where(d => d.Owner == owner && d.SubmittedApplicationId == null)
            .OrderByDescending(d => d.UpdatedAt).ToListAsync(ct);
        return drafts.Select(d => new MyDraft(d.Id, catalogue.Find(d.ProcedureId)?.Name ?? d.ProcedureId, d.UpdatedAt)).ToList();
    }

    public async Task<IReadOnlyList<MyApplication>> ApplicationsAsync(Guid accountId, CancellationToken ct)
    {
        var owner = OwnerOf(accountId);
        var applications = await db.Set<Application>().AsNoTracking().Where(a => a.Owner == owner)
            .OrderByDescending(a => a.SubmittedAt).ToListAsync(ct);
        return applications.Select(a => new MyApplication(a.Id, a.ReceiptNumber, catalogue.Find(a.ProcedureId)?.Name ?? a.ProcedureId, a.Status, a.SubmittedAt)).ToList();
    }

    public async Task<(Application Application, ProcedureDefinition Procedure, IReadOnlyList<ApplicationStatusChange> History)?> ApplicationAsync(
        Guid accountId, Guid applicationId, CancellationToken ct)
    {
        var owner = OwnerOf(accountId);
        var application = await db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.Owner == owner, ct);
        if (application is null || await catalogue.FindVersionAsync(application.ProcedureId, application.ProcedureVersion, ct) is not { } procedure)
        {
            return null;
        }
        var history = await db.Set<ApplicationStatusChange>().AsNoTracking().Where(h => h.ApplicationId == applicationId).OrderBy(h => h.Id).ToListAsync(ct);
        return (application, procedure, history);
    }
}
