namespace Tsunagu.Web.OpenData.Catalogue;

public enum DatasetStatus
{
    Draft = 1,
    Published = 2,
    Retired = 3,
}

/// <summary>A dataset of the town's open-data catalogue: what it is, who keeps it, under which licence.</summary>
public sealed class Dataset
{
    public const string DefaultLicence = "CC-BY-4.0";

    public Guid Id { get; set; }

    /// <summary>URL name, CKAN rules: 2–100 characters of a–z, 0–9, - and _.</summary>
    public string Name { get; set; } = "";

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Tags between bars (|避難|防災|) so that one tag can be matched with a LIKE on both databases.</summary>
    public string Tags { get; set; } = "";

    /// <summary>The 課 that keeps it (code from Platform/StaffIdentity/Departments).</summary>
    public string Department { get; set; } = "";

    public string Licence { get; set; } = DefaultLicence;
    public string UpdateFrequency { get; set; } = "";
    public string SpatialCoverage { get; set; } = "";
    public string TemporalCoverage { get; set; } = "";
    public string Contact { get; set; } = "";

    /// <summary>The standard dataset (catalog/opendata-schemas id) its CSV must follow, or null for a free-form dataset.</summary>
    public string? SchemaId { get; set; }

    public DatasetStatus Status { get; set; } = DatasetStatus.Draft;
    public DateTime CreatedAt { get; set; }
    public DateTime ModifiedAt { get; set; }
    public DateTime? PublishedAt { get; set; }

    public List<Resource> Resources { get; set; } = [];

    public IReadOnlyList<string> TagList => Tags.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string JoinTags(IEnumerable<string> tags) =>
        "|" + string.Join("|", tags.Select(t => t.Trim().Replace("|", "", StringComparison.Ordinal)).Where(t => t.Length > 0).Distinct()) + "|";
}
