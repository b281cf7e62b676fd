using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData.Pages;

public sealed class DetailsModel(DatasetQueries queries, SchemaCatalogue schemas) : PageModel
{
    public Dataset Dataset { get; private set; } = null!;
    public DatasetSchema? Schema { get; private set; }
    public bool IsGeo { get; private set; }
    public IReadOnlyList<Distribution> Downloads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (await queries.FindPublishedAsync(name, ct) is not { } dataset)
        {
            return NotFound();
        }
        Dataset = dataset;
        Schema = schemas.Find(dataset.SchemaId);
        IsGeo = queries.IsGeo(dataset);
        Downloads = [.. Distributions.Of(dataset, IsGeo, "")];
        return Page();
    }

    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:F1} KB",
        _ => $"{bytes / 1024.0 / 1024.0:F1} MB",
    };
}
