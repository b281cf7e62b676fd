using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Certificates.Contracts;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Certificates;

/// <summary>One row of the daily report: per channel and kind, how many issuances, copies and yen.</summary>
public sealed record LedgerTotal(IssueChannel Channel, string KindName, int Issuances, int Copies, int Fees);

/// <summary>The issuance ledger read for reconciliation (daily report per channel) and for the KPIs.</summary>
public sealed class CertificateLedger(TsunaguDb db, IEnumerable<ICertificateKind> kinds) : ICertificateStatistics
{
    public int KindsAtKiosk => kinds.Count(k => k.AtKiosk);

    public async Task<IReadOnlyList<Issuance>> DayAsync(DateOnly day, CancellationToken ct)
    {
        var (from, to) = Bounds(day, day);
        return await db.Set<Issuance>().AsNoTracking().Where(i => i.IssuedAt >= from && i.IssuedAt < to).OrderBy(i => i.IssuedAt).ToListAsync(ct);
    }

    public static IReadOnlyList<LedgerTotal> Totals(IEnumerable<Issuance> day) =>
        [.. day.GroupBy(i => (i.Channel, i.KindName)).OrderBy(g => g.Key.Channel).ThenBy(g => g.Key.KindName, StringComparer.Ordinal)
            .Select(g => new LedgerTotal(g.Key.Channel, g.Key.KindName, g.Count(), g.Sum(i => i.Copies), g.Sum(i => i.Fee)))];

    public async Task<IReadOnlyDictionary<string, int>> IssuedByChannelAsync(DateOnly first, DateOnly last, CancellationToken ct = default)
    {
        var (start, end) = Bounds(first, last);
        var rows = await db.Set<Issuance>().AsNoTracking().Where(i => i.IssuedAt >= start && i.IssuedAt < end)
            .GroupBy(i => i.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => CertificateIssuer.ChannelName(r.Key), r => r.Count);
    }

    private static (DateTime From, DateTime To) Bounds(DateOnly from, DateOnly to) =>
        (JapanTime.StartOfDayUtc(from), JapanTime.StartOfDayUtc(to.AddDays(1)));
}
