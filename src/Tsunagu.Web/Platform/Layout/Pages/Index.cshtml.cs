using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Platform.Layout.Pages;

public sealed class IndexModel(IEnumerable<PublicEntry> entries) : PageModel
{
    public IReadOnlyList<PublicEntry> Entries { get; } = entries.ToList();
}
