using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.OpenData.Catalogue;

namespace Tsunagu.Web.OpenData.Pages;

public sealed class IndexModel(DatasetQueries queries) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Org { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public DatasetPage Results { get; private set; } = new(0, []);
    public IReadOnlyList<(string Tag, int Count)> Tags { get; private set; } = [];
    public IReadOnlyList<string> Organizations { get; private set; } = [];
    public int Pages => Math.Max(1, (Results.Count + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Q = Q is { Length: > 100 } ? Q[..100] : Q;
        P = Math.Clamp(P, 1, 1000);
        Results = await queries.SearchAsync(new DatasetFilter(Q, Tag, Org, Format, DatasetFilter.ByTitle, (P - 1) * PageSize, PageSize), ct);
        var all = await queries.PublishedAsync(ct);
        Tags = [.. all.SelectMany(d => d.TagList).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];
        Organizations = [.. all.Select(d => d.Department).Distinct()];
    }

    public bool IsGeo(Dataset dataset) => queries.IsGeo(dataset);
}
