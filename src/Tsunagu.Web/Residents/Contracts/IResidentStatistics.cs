namespace Tsunagu.Web.Residents.Contracts;

/// <summary>How many current residents of one 大字, sex (男 or 女) and 5-year age band; <paramref name="AgeFrom"/> 85 means 85 and over.</summary>
public sealed record PopulationCell(string Oaza, string Sex, int AgeFrom, int People);

/// <summary>Households with a current member, per 大字.</summary>
public sealed record HouseholdCount(string Oaza, int Households);

/// <summary>
/// Counts from the registry for statistics and open data. Only counts leave the registry (no names, ids or dates of
/// birth), so calls are not audited per person; small counts are the caller's to suppress before publishing.
/// </summary>
public interface IResidentStatistics
{
    /// <summary>Current residents on <paramref name="countedOn"/> by 大字, sex and 5-year age band; empty cells are left out.</summary>
    Task<IReadOnlyList<PopulationCell>> PopulationAsync(DateOnly countedOn, CancellationToken ct = default);

    /// <summary>Households per 大字, counting households with at least one current resident.</summary>
    Task<IReadOnlyList<HouseholdCount>> HouseholdsAsync(CancellationToken ct = default);

    /// <summary>The town's 大字 in registry order, including those where nobody lives now.</summary>
    IReadOnlyList<string> Oazas { get; }
}
