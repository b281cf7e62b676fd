using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.OpenData.Dcat;

public sealed record DcatDistribution(string Uri, string Title, string Format, string MediaType, long? ByteSize);

public sealed record DcatDataset(
    string Uri, string Identifier, string Title, string Description, IReadOnlyList<string> Keywords, DateTime Issued, DateTime Modified,
    string Publisher, string Contact, string? Frequency, string? Spatial, string? ConformsTo, string Licence, IReadOnlyList<DcatDistribution> Distributions);

/// <summary>
/// The catalogue in DCAT terms (DCAT-AP style; no Japanese DCAT-AP exists), mapped as ckanext-dcat maps CKAN:
/// title→dct:title, notes→dct:description, tags→dcat:keyword, resources→dcat:distribution.
/// </summary>
public sealed record DcatCatalog(string Uri, string Title, string Description, string Publisher, string Homepage, IReadOnlyList<DcatDataset> Datasets)
{
    public const string CcBy40 = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>The GTFS-JP format reference (標準的なバス情報フォーマット), which a GTFS-JP feed conforms to.</summary>
    public const string GtfsJpReference = "https://gtfs.jp/developpers-guide/format-reference.html";

    public static DcatCatalog From(IEnumerable<Dataset> datasets, Func<Dataset, bool> isGeo, string siteUrl, OpenDataOptions options) => new(
        $"{siteUrl}/opendata/catalog", $"{options.LocalGovernmentName} オープンデータ", "九重町が公開しているオープンデータのカタログです。",
        options.LocalGovernmentName, $"{siteUrl}/opendata",
        [.. datasets.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new DcatDataset(
            $"{siteUrl}/opendata/datasets/{d.Name}", d.Id.ToString(), d.Title, d.Description, d.TagList, d.PublishedAt ?? d.CreatedAt, d.ModifiedAt,
            $"{options.LocalGovernmentName} {Departments.Find(d.Department)?.Name}", d.Contact, NullIfEmpty(d.UpdateFrequency), NullIfEmpty(d.SpatialCoverage),
            d.SchemaId switch { null => null, GtfsSchema.Id => GtfsJpReference, var id => $"{siteUrl}/opendata/schemas/{id}" },
            d.Licence == Dataset.DefaultLicence ? CcBy40 : d.Licence,
            [.. Distributions.Of(d, isGeo(d), siteUrl).Select(r => new DcatDistribution(r.Url, $"{r.Resource.Name} ({r.Format})", r.Format, r.MediaType, r.Size))]))]);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
