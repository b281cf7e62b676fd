using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Tests.OpenData;

/// <summary>Builds CSV files for a schema: one valid row with a plausible value per column type, then breaks what a test asks.</summary>
internal static class SampleRows
{
    public static readonly SchemaCatalogue Schemas = SchemaCatalogue.Load(SchemaCatalogue.DefaultFolder);

    public static readonly CsvValidator Validator = new(TownBounds.Kokonoe);

    public static TheoryData<string> SchemaIds()
    {
        var data = new TheoryData<string>();
        foreach (var s in Schemas.All)
        {
            data.Add(s.Id);
        }
        return data;
    }

    public static string Valid(SchemaColumn column) => column.Type switch
    {
        "localGovernmentCode" => "444618",
        "integer" or "count" => "12",
        "decimal" => "1.5",
        "latitude" => "33.231100",
        "longitude" => "131.187300",
        "date" => "2025-04-01",
        "time" => "09:00",
        "phone" => "0973-76-2111",
        "postalCode" => "879-4895",
        "email" => "info@town.kokonoe.invalid",
        "url" => "https://www.town.kokonoe.oita.jp/",
        "kana" => "ココノエマチヤクバ",
        "flag" => "有",
        "one" => "1",
        "enum" => column.Values![0],
        "townAreaId" => "0001-001",
        "corporateNumber" => "7000012050002",
        "careOfficeNumber" => "4471100012",
        _ => "九重町役場",
    };

    /// <summary>A value of the wrong shape for the type, or null for free text (anything goes there).</summary>
    public static string? Invalid(SchemaColumn column) => column.Type switch
    {
        "localGovernmentCode" => "444619",
        "integer" or "count" => "十二",
        "decimal" => "1,5",
        "latitude" => "35.681236",
        "longitude" => "139.767125",
        "date" => "2025/4/1",
        "time" => "9時",
        "phone" => "76-2111",
        "postalCode" => "8794895",
        "email" => "info.town.kokonoe",
        "url" => "javascript:alert(1)",
        "kana" => "ここのえ",
        "flag" => "あり",
        "one" => "○",
        "enum" => "その他の何か",
        "townAreaId" => "1-1",
        "corporateNumber" => "1000012050002",
        "careOfficeNumber" => "123",
        _ => null,
    };

    public static string[] ValidRow(DatasetSchema schema) => [.. schema.Columns.Select(Valid)];

    public static byte[] Csv(IReadOnlyList<string> header, params string[][] rows) => CsvFormat.ToBytes(header, rows);

    public static byte[] Csv(DatasetSchema schema, params string[][] rows) => Csv([.. schema.Columns.Select(c => c.Name)], rows);
}
