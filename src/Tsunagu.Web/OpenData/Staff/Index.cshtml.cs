using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Staff;

public sealed class IndexModel(TsunaguDb db) : PageModel
{
    public Editor Editor { get; private set; } = null!;
    public IReadOnlyList<Dataset> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Editor = Editor.From(User);
        var query = db.Set<Dataset>().AsNoTracking();
        if (!Editor.IsAdmin)
        {
            query = query.Where(d => d.Department == Editor.Department);
        }
        Datasets = await query.OrderBy(d => d.Status).ThenBy(d => d.Title).ToListAsync(ct);
    }
}
