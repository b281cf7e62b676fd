using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Counter.Visits;

/// <summary>A waiting visit as a department's queue shows it: the number, who, and that department's items.</summary>
public sealed record QueuedVisit(Guid VisitId, int Number, string ResidentName, DateTime SubmittedAt, IReadOnlyList<VisitItem> Items);

/// <summary>回らない窓口: the resident stays seated and each department comes with its items, takes them and marks them done.</summary>
public sealed class DepartmentRounds(TsunaguDb db, TimeProvider clock)
{
    public static string StatusName(VisitItemStatus status) => status switch
    {
        VisitItemStatus.Waiting => "お待ち",
        VisitItemStatus.Taken => "対応中",
        _ => "完了",
    };

    public async Task<IReadOnlyList<QueuedVisit>> ForDepartmentAsync(string department, CancellationToken ct)
    {
        var day = JapanTime.Today(clock);
        var visits = await db.Set<Visit>().AsNoTracking().Include(v => v.Items)
            .Where(v => v.Day == day && v.Status == VisitStatus.Waiting && v.Items.Any(i => i.Department == department && i.Status != VisitItemStatus.Done))
            .ToListAsync(ct);
        return [.. visits.OrderBy(v => v.Number).Select(v => new QueuedVisit(v.Id, v.Number, v.ResidentName, v.SubmittedAt ?? v.StartedAt,
            [.. v.Items.Where(i => i.Department == department).OrderBy(i => i.ProcedureName, StringComparer.Ordinal)]))];
    }

    /// <summary>Today's waiting numbers, and which of them a department is serving now; nothing that names a person.</summary>
    public async Task<(IReadOnlyList<int> Waiting, IReadOnlyList<int> Serving)> LobbyAsync(CancellationToken ct)
    {
        var day = JapanTime.Today(clock);
        var visits = await db.Set<Visit>().AsNoTracking().Include(v => v.Items).Where(v => v.Day == day && v.Status == VisitStatus.Waiting).ToListAsync(ct);
        var serving = visits.Where(v => v.Items.Any(i => i.Status == VisitItemStatus.Taken)).Select(v => v.Number).Order().ToList();
        return ([.. visits.Select(v => v.Number).Except(serving).Order()], serving);
    }

    public Task<VisitError?> TakeAsync(Guid itemId, string department, string staffName, CancellationToken ct) =>
        ChangeAsync(itemId, department, (item, now) =>
        {
            (item.Status, item.TakenBy, item.TakenAt) = (VisitItemStatus.Taken, staffName, now);
        }, ct);

    public Task<VisitError?> DoneAsync(Guid itemId, string department, string staffName, CancellationToken ct) =>
        ChangeAsync(itemId, department, (item, now) =>
        {
            (item.Status, item.DoneAt) = (VisitItemStatus.Done, now);
            item.TakenBy ??= staffName;
            item.TakenAt ??= now;
        }, ct);

    private async Task<VisitError?> ChangeAsync(Guid itemId, string department, Action<VisitItem, DateTime> change, CancellationToken ct)
    {
        var item = await db.Set<VisitItem>().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null || item.Department != department)
        {
            return new ItemOfOtherDepartment();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        change(item, now);
        var visit = await db.Set<Visit>().Include(v => v.Items).FirstAsync(v => v.Id == item.VisitId, ct);
        // The visit is done when its last item is: the measure of time runs from the start to this moment.
        if (visit.Items.All(i => i.Status == VisitItemStatus.Done) && visit.Status == VisitStatus.Waiting)
        {
            (visit.Status, visit.DoneAt) = (VisitStatus.Done, now);
        }
        await db.SaveChangesAsync(ct);
        return null;
    }
}
