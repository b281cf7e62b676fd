using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Cases.Reviews;

internal sealed class ProcessReviewRegister(TsunaguDb db) : IProcessReviewRegister
{
    public async Task<ProcessReviewCounts> CountAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<ProcessReview>().AsNoTracking().Select(r => new { r.Status, r.MinutesSavedPerCase, r.CasesPerYear }).ToListAsync(ct);
        return new ProcessReviewCounts(
            rows.Count,
            rows.Count(r => ReviewStatuses.CountsAsReviewed(r.Status)),
            rows.Count(r => r.Status == ReviewStatuses.InOperation),
            rows.Where(r => r.Status == ReviewStatuses.InOperation).Sum(r => (long)r.MinutesSavedPerCase * r.CasesPerYear),
            ReviewStatuses.All.ToDictionary(s => s, s => rows.Count(r => r.Status == s)));
    }
}
