using Tsunagu.Web.OpenData.Catalogue;

namespace Tsunagu.Web.OpenData.Api;

/// <summary>package_search: q, fq on tags/organization/res_format, rows, start, sort and facets, in CKAN's result shape.</summary>
internal static class CkanSearch
{
    private static readonly string[] s_facetFields = ["tags", "organization", "res_format"];

    public static async Task<CkanOutcome> RunAsync(DatasetQueries queries, Dictionary<string, string> p, string siteUrl, Func<string, int> count, CancellationToken ct)
    {
        var badRows = CkanParameters.Natural(p, "rows", 10, out var rows);
        var badStart = CkanParameters.Natural(p, "start", 0, out var start);
        if ((badRows ?? badStart) is { } error)
        {
            return error;
        }
        if (CkanParameters.Sort(p.GetValueOrDefault("sort")) is not { } sort)
        {
            return CkanError.Search($"Invalid sort: {p.GetValueOrDefault("sort")}");
        }
        var (terms, fqError) = CkanParameters.FilterQuery(p.GetValueOrDefault("fq"));
        if (fqError is not null)
        {
            return fqError;
        }
        var (q, queryTerms) = CkanParameters.Query(p.GetValueOrDefault("q"));
        foreach (var (field, value) in queryTerms)
        {
            terms.TryAdd(field, value);
        }
        var filter = new DatasetFilter(q, terms.GetValueOrDefault("tags"), terms.GetValueOrDefault("organization"), terms.GetValueOrDefault("res_format"),
            sort, start, Math.Min(rows, CkanParameters.RowsMax));
        var all = await queries.SearchAsync(filter with { Start = 0, Rows = int.MaxValue }, ct);
        var matching = terms.TryGetValue("name", out var name) ? all.Results.Where(d => d.Name == name).ToList() : all.Results.ToList();
        var page = matching.Skip(filter.Start).Take(filter.Rows);
        return CkanOutcome.Ok(new Dictionary<string, object?>
        {
            ["count"] = matching.Count,
            ["sort"] = p.GetValueOrDefault("sort") ?? "score desc, metadata_modified desc",
            ["results"] = page.Select(d => CkanDictionaries.Package(d, queries.IsGeo(d), siteUrl, count)).ToList(),
            ["facets"] = new Dictionary<string, object>(),
            ["search_facets"] = s_facetFields.ToDictionary(f => f, f => (object)Facet(f, matching, queries)),
        });
    }

    private static Dictionary<string, object> Facet(string field, List<Dataset> datasets, DatasetQueries queries)
    {
        var values = field switch
        {
            "tags" => datasets.SelectMany(d => d.TagList),
            "organization" => datasets.Select(d => d.Department),
            _ => datasets.SelectMany(d => queries.FormatsOf(d)),
        };
        return new()
        {
            ["title"] = field,
            ["items"] = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(50)
                .Select(g => new Dictionary<string, object> { ["name"] = g.Key, ["display_name"] = field == "organization" ? Platform.StaffIdentity.Departments.Find(g.Key)?.Name ?? g.Key : g.Key, ["count"] = g.Count() })
                .ToList(),
        };
    }
}
