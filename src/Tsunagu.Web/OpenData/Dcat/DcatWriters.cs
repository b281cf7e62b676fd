using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Tsunagu.Web.OpenData.Dcat;

/// <summary>Writes the DCAT catalogue as JSON-LD and as Turtle; both carry the same statements.</summary>
public static class DcatWriters
{
    private static readonly JsonObject s_context = new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
    };

    public static string JsonLd(DcatCatalog c) => new JsonObject
    {
        ["@context"] = s_context.DeepClone(),
        ["@id"] = c.Uri,
        ["@type"] = "dcat:Catalog",
        ["dct:title"] = Ja(c.Title),
        ["dct:description"] = Ja(c.Description),
        ["dct:language"] = "ja",
        ["foaf:homepage"] = Id(c.Homepage),
        ["dct:publisher"] = Organization(c.Publisher),
        ["dcat:dataset"] = new JsonArray([.. c.Datasets.Select(d => (JsonNode)new JsonObject
        {
            ["@id"] = d.Uri, ["@type"] = "dcat:Dataset", ["dct:identifier"] = d.Identifier, ["dct:title"] = Ja(d.Title), ["dct:description"] = Ja(d.Description),
            ["dcat:keyword"] = new JsonArray([.. d.Keywords.Select(k => Ja(k))]), ["dct:issued"] = Date(d.Issued), ["dct:modified"] = Date(d.Modified),
            ["dcat:landingPage"] = Id(d.Uri), ["dct:publisher"] = Organization(d.Publisher), ["dct:license"] = Id(d.Licence),
            ["dcat:contactPoint"] = new JsonObject { ["@type"] = "vcard:Organization", ["vcard:fn"] = d.Contact },
            ["dct:accrualPeriodicity"] = d.Frequency is null ? null : Ja(d.Frequency), ["dct:spatial"] = d.Spatial is null ? null : Ja(d.Spatial),
            ["dct:conformsTo"] = d.ConformsTo is null ? null : Id(d.ConformsTo),
            ["dcat:distribution"] = new JsonArray([.. d.Distributions.Select(r => (JsonNode)new JsonObject
            {
                ["@id"] = r.Uri, ["@type"] = "dcat:Distribution", ["dct:title"] = Ja(r.Title), ["dcat:accessURL"] = Id(r.Uri), ["dcat:downloadURL"] = Id(r.Uri),
                ["dcat:mediaType"] = r.MediaType, ["dct:format"] = r.Format, ["dct:license"] = Id(d.Licence),
                ["dcat:byteSize"] = r.ByteSize is { } size ? new JsonObject { ["@value"] = size.ToString(CultureInfo.InvariantCulture), ["@type"] = "xsd:decimal" } : null,
            })]),
        })]),
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Turtle(DcatCatalog c)
    {
        var t = new StringBuilder();
        foreach (var (prefix, uri) in s_context)
        {
            t.Append(CultureInfo.InvariantCulture, $"@prefix {prefix}: <{uri}> .\n");
        }
        t.Append(CultureInfo.InvariantCulture, $"\n<{c.Uri}> a dcat:Catalog ;\n    dct:title {Lit(c.Title)} ;\n    dct:description {Lit(c.Description)} ;\n")
            .Append(CultureInfo.InvariantCulture, $"    dct:language \"ja\" ;\n    foaf:homepage <{c.Homepage}> ;\n    dct:publisher [ a foaf:Organization ; foaf:name {Lit(c.Publisher)} ]");
        foreach (var d in c.Datasets)
        {
            t.Append(CultureInfo.InvariantCulture, $" ;\n    dcat:dataset <{d.Uri}>");
        }
        t.Append(" .\n");
        foreach (var d in c.Datasets)
        {
            t.Append(CultureInfo.InvariantCulture, $"\n<{d.Uri}> a dcat:Dataset ;\n    dct:identifier \"{d.Identifier}\" ;\n    dct:title {Lit(d.Title)} ;\n    dct:description {Lit(d.Description)} ;\n");
            foreach (var k in d.Keywords)
            {
                t.Append(CultureInfo.InvariantCulture, $"    dcat:keyword {Lit(k)} ;\n");
            }
            t.Append(CultureInfo.InvariantCulture, $"    dct:issued {Stamp(d.Issued)} ;\n    dct:modified {Stamp(d.Modified)} ;\n    dcat:landingPage <{d.Uri}> ;\n")
                .Append(CultureInfo.InvariantCulture, $"    dct:license <{d.Licence}> ;\n    dct:publisher [ a foaf:Organization ; foaf:name {Lit(d.Publisher)} ] ;\n")
                .Append(CultureInfo.InvariantCulture, $"    dcat:contactPoint [ a vcard:Organization ; vcard:fn {Lit(d.Contact)} ]");
            if (d.Frequency is not null) { t.Append(CultureInfo.InvariantCulture, $" ;\n    dct:accrualPeriodicity {Lit(d.Frequency)}"); }
            if (d.Spatial is not null) { t.Append(CultureInfo.InvariantCulture, $" ;\n    dct:spatial {Lit(d.Spatial)}"); }
            if (d.ConformsTo is not null) { t.Append(CultureInfo.InvariantCulture, $" ;\n    dct:conformsTo <{d.ConformsTo}>"); }
            foreach (var r in d.Distributions)
            {
                t.Append(CultureInfo.InvariantCulture, $" ;\n    dcat:distribution <{r.Uri}>");
            }
            t.Append(" .\n");
            foreach (var r in d.Distributions)
            {
                t.Append(CultureInfo.InvariantCulture, $"\n<{r.Uri}> a dcat:Distribution ;\n    dct:title {Lit(r.Title)} ;\n    dcat:accessURL <{r.Uri}> ;\n    dcat:downloadURL <{r.Uri}> ;\n")
                    .Append(CultureInfo.InvariantCulture, $"    dcat:mediaType \"{r.MediaType}\" ;\n    dct:format \"{r.Format}\" ;\n    dct:license <{d.Licence}>")
                    .Append(r.ByteSize is { } size ? string.Create(CultureInfo.InvariantCulture, $" ;\n    dcat:byteSize \"{size}\"^^xsd:decimal") : "")
                    .Append(" .\n");
            }
        }
        return t.ToString();
    }

    private static JsonObject Ja(string text) => new() { ["@value"] = text, ["@language"] = "ja" };

    private static JsonObject Id(string uri) => new() { ["@id"] = uri };

    private static JsonObject Date(DateTime utc) => new() { ["@value"] = Iso(utc), ["@type"] = "xsd:dateTime" };

    private static JsonObject Organization(string name) => new() { ["@type"] = "foaf:Organization", ["foaf:name"] = name };

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Stamp(DateTime utc) => $"\"{Iso(utc)}\"^^xsd:dateTime";

    /// <summary>A Turtle string literal in Japanese, with the escapes Turtle requires.</summary>
    private static string Lit(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"@ja";
}
