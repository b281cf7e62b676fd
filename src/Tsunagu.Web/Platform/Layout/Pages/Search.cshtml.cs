using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Japanese;

namespace Tsunagu.Web.Platform.Layout.Pages;

public sealed class SearchModel(IEnumerable<PublicEntry> entries) : PageModel
{
    public string? Q { get; private set; }
    public IReadOnlyList<PublicEntry> Results { get; private set; } = [];

    public void OnGet(string? q)
    {
        Q = q is { Length: > 100 } ? q[..100] : q?.Trim();
        var key = Kana.FoldForSearch(Q);
        Results = key.Length == 0
            ? []
            : entries.Where(e => Kana.FoldForSearch(e.Title + e.Description + e.Keywords).Contains(key, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
