namespace Tsunagu.Web.OpenData.Catalogue;

public enum ResourceKind
{
    /// <summary>Staff upload a file; every upload is kept as a version.</summary>
    Upload = 1,

    /// <summary>Made from the platform's own data at each download (population, procedures).</summary>
    Live = 2,
}

/// <summary>A distribution of a dataset: one file (with its versions) or one live export.</summary>
public sealed class Resource
{
    public Guid Id { get; set; }
    public Guid DatasetId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>CSV or ZIP (a GTFS-JP feed); JSON and GeoJSON are made from the CSV on request.</summary>
    public string Format { get; set; } = "CSV";

    public ResourceKind Kind { get; set; } = ResourceKind.Upload;

    /// <summary>For a live resource, which export makes it (see Live/LiveExports).</summary>
    public string? LiveSource { get; set; }

    public int Position { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ModifiedAt { get; set; }

    public List<ResourceVersion> Versions { get; set; } = [];

    public ResourceVersion? Current => Versions.OrderByDescending(v => v.Number).FirstOrDefault();
}

/// <summary>One accepted upload of a resource. Earlier versions stay downloadable, so a correction never erases what was published.</summary>
public sealed class ResourceVersion
{
    public Guid Id { get; set; }
    public Guid ResourceId { get; set; }
    public int Number { get; set; }

    /// <summary>SHA-256 of the stored bytes (normalised UTF-8 with BOM for CSV), the key in the open-data file store.</summary>
    public string Sha256 { get; set; } = "";

    public long Size { get; set; }
    public int RowCount { get; set; }

    /// <summary>What the upload was in (UTF-8, Shift_JIS…), shown in the history.</summary>
    public string SourceEncoding { get; set; } = "";

    public string SourceFileName { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}
