using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;

namespace Tsunagu.Web.OpenData.Pages;

/// <summary>A point on the map page, also listed in a table so the page works without JavaScript.</summary>
public sealed record MapPoint(string Name, string Address, string Latitude, string Longitude);

public sealed class MapModel(DatasetQueries queries, ResourceContent content, OpenDataOptions options) : PageModel
{
    private const int MaxListed = 500;
    private static readonly string[] s_nameColumns = ["名称", "イベント名", "種別"];

    public Dataset Dataset { get; private set; } = null!;
    public string GeoJsonUrl { get; private set; } = "";
    public OpenDataOptions Options => options;
    public IReadOnlyList<MapPoint> Points { get; private set; } = [];
    public string Bounds => string.Join(",", new[] { options.South, options.West, options.North, options.East }.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (await queries.FindPublishedAsync(name, ct) is not { } dataset || !queries.IsGeo(dataset)
            || dataset.Resources.OrderBy(r => r.Position).FirstOrDefault(r => r.Format == "CSV") is not { } resource)
        {
            return NotFound();
        }
        Dataset = dataset;
        GeoJsonUrl = $"/opendata/datasets/{dataset.Name}/resources/{resource.Id}.geojson";
        if (await content.TableAsync(resource, resource.Current, "", ct) is { } table)
        {
            var header = table.Header.ToList();
            var (nameAt, addressAt, lat, lon) = (s_nameColumns.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1),
                header.IndexOf("所在地_連結表記"), header.IndexOf("緯度"), header.IndexOf("経度"));
            Points = [.. table.Rows.Where(r => r[lat].Length > 0).Take(MaxListed).Select(r => new MapPoint(nameAt >= 0 ? r[nameAt] : "", addressAt >= 0 ? r[addressAt] : "", r[lat], r[lon]))];
        }
        AllowTiles();
        return Page();
    }

    /// <summary>The platform's policy allows images from this site only; a configured tile server is added for this page alone.</summary>
    private void AllowTiles()
    {
        if (Uri.TryCreate(options.TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var tiles)
            && tiles.Scheme == "https")
        {
            Response.OnStarting(() =>
            {
                Response.Headers.ContentSecurityPolicy = Response.Headers.ContentSecurityPolicy.ToString()
                    .Replace("img-src 'self' data:", $"img-src 'self' data: https://{tiles.Authority}", StringComparison.Ordinal);
                return Task.CompletedTask;
            });
        }
    }
}
