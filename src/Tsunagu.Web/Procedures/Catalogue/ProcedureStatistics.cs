using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Procedures.Catalogue;

internal sealed class ProcedureStatistics(ProcedureCatalogue catalogue) : IProcedureStatistics
{
    public ProcedureCounts Count()
    {
        var published = catalogue.Published.ToList();
        var online = published.Where(p => p.IsOnline).ToList();
        return new ProcedureCounts(
            published.Count,
            online.Count,
            // The plan counts procedures that use the card at all, online or at the counter.
            published.Count(p => p.Assurance is "card-login" or "card-signature"),
            Vocabulary.Categories.ToDictionary(c => c, c => online.Count(p => p.Category == c)),
            Vocabulary.Assurances.ToDictionary(a => a, a => online.Count(p => p.Assurance == a)));
    }
}
