using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;

namespace Tsunagu.Web.OpenData.Api;

/// <summary>The CKAN actions the catalogue answers; everything it publishes is public, so no action needs a key.</summary>
internal sealed class CkanActions(DatasetQueries queries, OpenDataOptions options)
{
    private static readonly string[] s_names =
        ["package_list", "package_show", "package_search", "organization_list", "organization_show", "resource_show", "tag_list", "status_show", "help_show"];

    private static readonly string[] s_extensions = ["tsunagu-opendata"];

    public static bool Has(string action) => s_names.Contains(action);

    public async Task<CkanOutcome> RunAsync(string action, Dictionary<string, string> p, string siteUrl, CancellationToken ct)
    {
        var published = await queries.PublishedAsync(ct);
        int Count(string org) => published.Count(d => d.Department == org);
        switch (action)
        {
            case "package_list":
                var badLimit = CkanParameters.Natural(p, "limit", int.MaxValue, out var limit);
                var badOffset = CkanParameters.Natural(p, "offset", 0, out var offset);
                if ((badLimit ?? badOffset) is { } e1)
                {
                    return e1;
                }
                return CkanOutcome.Ok(published.Select(d => d.Name).Order(StringComparer.Ordinal).Skip(offset).Take(limit).ToList());
            case "package_show":
                if (!p.TryGetValue("id", out var id) || id.Length == 0)
                {
                    return CkanError.Validation("id", "Missing value");
                }
                var dataset = published.FirstOrDefault(d => d.Name == id || d.Id.ToString() == id);
                return dataset is null ? CkanError.NotFound() : CkanOutcome.Ok(CkanDictionaries.Package(dataset, queries.IsGeo(dataset), siteUrl, Count));
            case "package_search":
                return await CkanSearch.RunAsync(queries, p, siteUrl, Count, ct);
            case "organization_list":
                return OrganizationList(published, p, Count);
            case "organization_show":
                var org = p.GetValueOrDefault("id") ?? "";
                if (org.Length == 0)
                {
                    return CkanError.Validation("id", "Missing value");
                }
                if (Platform.StaffIdentity.Departments.Find(org) is not { } department)
                {
                    return CkanError.NotFound("Organization was not found.");
                }
                var shown = CkanDictionaries.Organization(department.Code, Count);
                if (CkanParameters.Flag(p, "include_datasets"))
                {
                    shown["packages"] = published.Where(d => d.Department == department.Code).OrderBy(d => d.Name, StringComparer.Ordinal)
                        .Select(d => CkanDictionaries.Package(d, queries.IsGeo(d), siteUrl, Count)).ToList();
                }
                return CkanOutcome.Ok(shown);
            case "resource_show":
                var rid = p.GetValueOrDefault("id") ?? "";
                if (rid.Length == 0)
                {
                    return CkanError.Validation("id", "Missing value");
                }
                var found = published.SelectMany(d => Distributions.Of(d, queries.IsGeo(d), siteUrl).Select((r, i) => (d, r, i))).FirstOrDefault(x => x.r.Id == rid);
                return found.d is null ? CkanError.NotFound("Resource was not found.") : CkanOutcome.Ok(CkanDictionaries.Resource(found.d, found.r, found.i));
            case "tag_list":
                var query = p.GetValueOrDefault("query") ?? "";
                return CkanOutcome.Ok(published.SelectMany(d => d.TagList).Distinct().Where(t => t.Contains(query, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList());
            case "status_show":
                return CkanOutcome.Ok(new Dictionary<string, object?>
                {
                    ["site_title"] = $"{options.LocalGovernmentName} オープンデータ",
                    ["site_description"] = "九重町が公開しているオープンデータのカタログです。",
                    ["site_url"] = siteUrl,
                    ["ckan_version"] = "2.10.0",
                    ["error_emails_to"] = null,
                    ["locale_default"] = "ja",
                    ["extensions"] = s_extensions,
                });
            default:
                return CkanOutcome.Ok($"Tsunagu answers these CKAN actions read-only: {string.Join(", ", s_names)}. See docs/opendata.md.");
        }
    }

    private static CkanOutcome OrganizationList(List<Dataset> published, Dictionary<string, string> p, Func<string, int> count)
    {
        var allFields = CkanParameters.Flag(p, "all_fields");
        var badLimit = CkanParameters.Natural(p, "limit", allFields ? 25 : 1000, out var limit);
        var badOffset = CkanParameters.Natural(p, "offset", 0, out var offset);
        if ((badLimit ?? badOffset) is { } error)
        {
            return error;
        }
        var codes = published.Select(d => d.Department).Distinct().ToList();
        var sort = (p.GetValueOrDefault("sort") ?? "title asc").Trim().ToLowerInvariant();
        IEnumerable<string> sorted = sort switch
        {
            "name asc" or "name" => codes.Order(StringComparer.Ordinal),
            "package_count desc" or "package_count" => codes.OrderByDescending(count).ThenBy(c => c, StringComparer.Ordinal),
            "title asc" or "title" => codes.OrderBy(c => Platform.StaffIdentity.Departments.Find(c)?.Name ?? c, StringComparer.Ordinal),
            _ => [],
        };
        if (!sort.StartsWith("name", StringComparison.Ordinal) && !sort.StartsWith("package_count", StringComparison.Ordinal) && !sort.StartsWith("title", StringComparison.Ordinal))
        {
            return CkanError.Validation("sort", "Invalid sort");
        }
        var page = sorted.Skip(offset).Take(limit);
        return CkanOutcome.Ok(allFields ? page.Select(c => CkanDictionaries.Organization(c, count)).ToList() : page.ToList<object>());
    }
}
