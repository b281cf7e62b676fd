using System.Text.Json;

namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>The standard dataset schemas, loaded once from the catalog/opendata-schemas files shipped next to the binaries.</summary>
public sealed class SchemaCatalogue
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };
    private readonly Dictionary<string, DatasetSchema> _byId;

    public SchemaCatalogue(IEnumerable<DatasetSchema> schemas) =>
        _byId = schemas.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyList<DatasetSchema> All => [.. _byId.Values.OrderBy(s => s.Number)];

    public DatasetSchema? Find(string? id) => id is not null && _byId.TryGetValue(id, out var s) ? s : null;

    public static SchemaCatalogue Load(string folder) =>
        new(Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<DatasetSchema>(File.ReadAllText(f), s_json)
                ?? throw new InvalidDataException($"Empty schema file {Path.GetFileName(f)}")));

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "catalog", "opendata-schemas");
}
