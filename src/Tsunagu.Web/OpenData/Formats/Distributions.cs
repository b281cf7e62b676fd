using Tsunagu.Web.OpenData.Catalogue;

namespace Tsunagu.Web.OpenData.Formats;

/// <summary>One downloadable form of a resource: the stored CSV or zip, or JSON/GeoJSON made from the CSV.</summary>
public sealed record Distribution(string Id, Resource Resource, string Format, string Url, string MediaType)
{
    public long? Size => Format is "CSV" or "ZIP" ? Resource.Current?.Size : null;
}

/// <summary>
/// The download list of a dataset, the same on the pages, in CKAN and in DCAT. A resource id names its stored form;
/// its derived forms get the id with "-json" or "-geojson", so CKAN's resource_show can find every download.
/// </summary>
public static class Distributions
{
    public static IEnumerable<string> FormatsOf(Resource resource, bool geo) =>
        resource.Format == "ZIP" ? ["ZIP"] : geo ? ["CSV", "JSON", "GeoJSON"] : ["CSV", "JSON"];

    public static IEnumerable<Distribution> Of(Dataset dataset, bool geo, string siteUrl) =>
        dataset.Resources.OrderBy(r => r.Position).SelectMany(r => FormatsOf(r, geo).Select(f => new Distribution(
            f is "CSV" or "ZIP" ? r.Id.ToString() : $"{r.Id}-{f.ToLowerInvariant()}",
            r, f, $"{siteUrl}/opendata/datasets/{dataset.Name}/resources/{r.Id}.{Extension(f)}", MediaType(f))));

    public static string Extension(string format) => format.ToLowerInvariant();

    public static string MediaType(string format) => format switch
    {
        "CSV" => "text/csv",
        "JSON" => "application/json",
        "GeoJSON" => "application/geo+json",
        "ZIP" => "application/zip",
        _ => "application/octet-stream",
    };
}
