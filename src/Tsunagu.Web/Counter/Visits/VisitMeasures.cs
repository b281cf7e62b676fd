using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Counter.Visits;

/// <summary>One week of the counter: visits, how long they took from start to done, forms and pre-filled fields.</summary>
public sealed record WeekMeasures(DateOnly From, DateOnly To, int Visits, int Done, int Drafts, double? AverageMinutes, double? LongestMinutes, int Forms, int PrefilledFields);

/// <summary>The measures of 書かない窓口 that the DX plan asks for, per visit and per week.</summary>
public sealed class VisitMeasures(TsunaguDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<WeekMeasures>> WeeksAsync(int weeks, CancellationToken ct)
    {
        var today = JapanTime.Today(clock);
        // Weeks run Monday to Sunday, as the office plans its staffing.
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = monday.AddDays(-7 * (weeks - 1));
        var visits = await db.Set<Visit>().AsNoTracking().Where(v => v.Day >= first).ToListAsync(ct);
        return [.. Enumerable.Range(0, weeks).Select(w =>
        {
            var from = monday.AddDays(-7 * w);
            var inWeek = visits.Where(v => v.Day >= from && v.Day <= from.AddDays(6)).ToList();
            var minutes = inWeek.Where(v => v.DoneAt is not null).Select(v => (v.DoneAt!.Value - v.StartedAt).TotalMinutes).ToList();
            return new WeekMeasures(from, from.AddDays(6), inWeek.Count, minutes.Count, inWeek.Count(v => v.Status == VisitStatus.Draft),
                minutes.Count > 0 ? minutes.Average() : null, minutes.Count > 0 ? minutes.Max() : null, inWeek.Sum(v => v.Forms), inWeek.Sum(v => v.PrefilledFields));
        })];
    }

    public Task<List<Visit>> TodayAsync(CancellationToken ct)
    {
        var day = JapanTime.Today(clock);
        return db.Set<Visit>().AsNoTracking().Where(v => v.Day == day).OrderByDescending(v => v.Number).ToListAsync(ct);
    }
}
