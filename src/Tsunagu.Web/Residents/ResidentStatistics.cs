using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;
using Tsunagu.Web.Residents.DemoTown;

namespace Tsunagu.Web.Residents;

internal sealed class ResidentStatistics(TsunaguDb db) : IResidentStatistics
{
    public IReadOnlyList<string> Oazas { get; } = [.. TownGeography.Areas.Select(a => a.Oaza).Distinct()];

    public async Task<IReadOnlyList<PopulationCell>> PopulationAsync(DateOnly countedOn, CancellationToken ct = default)
    {
        // Ages follow the legal rule in Person.AgeOn, so they are computed here rather than in SQL.
        var people = await db.Set<Person>().AsNoTracking()
            .Where(p => p.Status == ResidencyStatus.Resident && p.BirthDate <= countedOn)
            .Join(db.Set<Household>().AsNoTracking(), p => p.HouseholdId, h => h.Id, (p, h) => new { p.BirthDate, p.Sex, h.Address.Oaza })
            .ToListAsync(ct);
        return [.. people
            .GroupBy(x => (x.Oaza, Sex: x.Sex == Sex.Male ? "男" : "女", AgeFrom: Math.Min(85, new Person { BirthDate = x.BirthDate }.AgeOn(countedOn) / 5 * 5)))
            .Select(g => new PopulationCell(g.Key.Oaza, g.Key.Sex, g.Key.AgeFrom, g.Count()))];
    }

    public async Task<IReadOnlyList<HouseholdCount>> HouseholdsAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<Household>().AsNoTracking()
            .Where(h => db.Set<Person>().Any(p => p.HouseholdId == h.Id && p.Status == ResidencyStatus.Resident))
            .GroupBy(h => h.Address.Oaza)
            .Select(g => new { Oaza = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new HouseholdCount(r.Oaza, r.Count))];
    }
}
