using System.Text.Json.Serialization;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>One procedure as written in catalog/procedures/&lt;id&gt;.json (format: catalog/procedures/README.md).</summary>
public sealed record ProcedureDefinition
{
    public string Id { get; init; } = "";
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public string Reading { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Department { get; init; } = "";
    public string Category { get; init; } = "";
    public string? Subcategory { get; init; }
    public IReadOnlyList<string> Applicants { get; init; } = [];
    public string Assurance { get; init; } = "";
    public IReadOnlyList<AttachmentDefinition> Attachments { get; init; } = [];
    public int? Fee { get; init; }
    public int ProcessingDays { get; init; }
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<string> LifeEvents { get; init; } = [];
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Bring { get; init; } = [];
    public bool Published { get; init; }
    public FormDefinition? Form { get; init; }

    [JsonIgnore]
    public bool IsOnline => Channels.Contains(ProcedureChannels.Online) && Form is not null;

    [JsonIgnore]
    public bool IsFree => Fee is null or 0;
}

public sealed record AttachmentDefinition(string Id, string Name, bool Required, string? Hint);

public sealed record FormDefinition
{
    public IReadOnlyList<PageDefinition> Pages { get; init; } = [];
    public string Declaration { get; init; } = "";

    public IEnumerable<FieldDefinition> AllFields => Pages.SelectMany(p => p.Fields);
}

public sealed record PageDefinition
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];
    public Condition? ShowIf { get; init; }
}

public sealed record FieldDefinition
{
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";
    public string Label { get; init; } = "";
    public string? Hint { get; init; }
    public bool Required { get; init; }
    public Condition? RequiredIf { get; init; }
    public Condition? ShowIf { get; init; }
    public int? MaxLength { get; init; }
    public long? Min { get; init; }
    public long? Max { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];
    public string? Prefill { get; init; }
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];
    public IReadOnlyList<string> Accept { get; init; } = [];
}

public sealed record Condition
{
    public string Field { get; init; } = "";
    [JsonPropertyName("equals")]
    public string? EqualsValue { get; init; }
    public IReadOnlyList<string>? In { get; init; }
    public bool? NotEmpty { get; init; }
}
