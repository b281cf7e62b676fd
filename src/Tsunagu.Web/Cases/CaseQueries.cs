using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Cases;

/// <summary>What an inbox is asked for. Everything is optional except the department.</summary>
public sealed record InboxFilter(
    string Department,
    string? ProcedureId = null,
    CaseStatus? Status = null,
    string? Assignee = null,
    string? Due = null,
    CaseChannel? Channel = null,
    string? Search = null,
    string Sort = InboxFilter.SortDue,
    int Page = 1,
    bool IncludeClosed = false)
{
    public const string SortDue = "due";
    public const string SortReceived = "received";
    public const string SortReceivedDesc = "received-desc";
    public const string SortUpdated = "updated";
    public const string Unassigned = "none";
    public const int PageSize = 25;
}

public sealed record InboxRow(Guid Id, string Number, string ProcedureName, string ApplicantName, string ApplicantKana, CaseChannel Channel,
    string SourceReference, CaseStatus Status, string? AssigneeName, DateTime ReceivedAt, DateOnly DueOn, bool Overdue);

public sealed record Inbox(IReadOnlyList<InboxRow> Rows, int Total, IReadOnlyDictionary<CaseStatus, int> Counts, int Overdue, IReadOnlyList<(string Id, string Name)> Procedures);

public sealed class CaseQueries(TsunaguDb db, TimeProvider clock)
{
    public async Task<Inbox> InboxAsync(InboxFilter f, string? me, CancellationToken ct)
    {
        var today = JapanTime.Today(clock);
        var mine = db.Set<CaseFile>().AsNoTracking().Where(c => c.Department == f.Department);
        var counts = (await mine.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count);
        var overdue = await Open(mine).CountAsync(c => c.DueOn < today, ct);
        var procedures = await mine.Select(c => new { c.ProcedureId, c.ProcedureName }).Distinct().ToListAsync(ct);

        var q = mine;
        if (!string.IsNullOrEmpty(f.ProcedureId))
        {
            q = q.Where(c => c.ProcedureId == f.ProcedureId);
        }
        if (f.Status is { } status)
        {
            q = q.Where(c => c.Status == status);
        }
        else if (!f.IncludeClosed)
        {
            q = Open(q);
        }
        q = f.Assignee switch
        {
            null or "" => q,
            InboxFilter.Unassigned => q.Where(c => c.AssigneeId == null),
            "me" => q.Where(c => c.AssigneeId == me),
            var a => q.Where(c => c.AssigneeId == a),
        };
        q = f.Due switch
        {
            "overdue" => q.Where(c => c.DueOn < today),
            "today" => q.Where(c => c.DueOn == today),
            "week" => q.Where(c => c.DueOn >= today && c.DueOn <= today.AddDays(7)),
            _ => q,
        };
        if (f.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var text = f.Search.Trim();
            var kana = Kana.FoldForSearch(text);
            var upper = text.ToUpperInvariant();
            q = q.Where(c => c.SourceReference == upper || c.Number == upper || c.SourceReference.StartsWith(upper) || c.Number.StartsWith(upper)
                || (kana.Length > 0 && c.ApplicantKanaSearch.Contains(kana)));
        }
        q = f.Sort switch
        {
            InboxFilter.SortReceived => q.OrderBy(c => c.ReceivedAt),
            InboxFilter.SortReceivedDesc => q.OrderByDescending(c => c.ReceivedAt),
            InboxFilter.SortUpdated => q.OrderByDescending(c => c.UpdatedAt),
            _ => q.OrderBy(c => c.DueOn).ThenBy(c => c.ReceivedAt),
        };
        var total = await q.CountAsync(ct);
        var page = Math.Max(1, f.Page);
        var rows = await q.Skip((page - 1) * InboxFilter.PageSize).Take(InboxFilter.PageSize).ToListAsync(ct);
        return new Inbox(
            [.. rows.Select(c => new InboxRow(c.Id, c.Number, c.ProcedureName, c.ApplicantName, c.ApplicantKana, c.Channel, c.SourceReference,
                c.Status, c.AssigneeName, c.ReceivedAt, c.DueOn, !c.Status.IsClosed() && c.DueOn < today))],
            total, counts, overdue,
            [.. procedures.Select(p => (p.ProcedureId, p.ProcedureName)).Distinct().OrderBy(p => p.ProcedureName, StringComparer.Ordinal)]);
    }

    private static IQueryable<CaseFile> Open(IQueryable<CaseFile> q) =>
        q.Where(c => c.Status != CaseStatus.Completed && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn);

    public Task<CaseFile?> FindAsync(Guid id, CancellationToken ct) => db.Set<CaseFile>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<IReadOnlyList<CaseEvent>> HistoryAsync(Guid id, CancellationToken ct) =>
        await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Export.CaseExport>> ExportsAsync(Guid id, CancellationToken ct) =>
        await db.Set<Export.CaseExport>().AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.RequestedAt).ToListAsync(ct);

    public bool IsOverdue(CaseFile c) => !c.Status.IsClosed() && c.DueOn < JapanTime.Today(clock);
}
