using System.Globalization;
using System.Text.Json;

namespace Tsunagu.Web.OpenData.Formats;

/// <summary>JSON (an array of objects keyed by the standard's column names) and GeoJSON (a point per row with 緯度/経度).</summary>
public static class JsonFormats
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJson(Stream output, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var json = new Utf8JsonWriter(output, s_options);
        json.WriteStartArray();
        foreach (var row in rows)
        {
            WriteProperties(json, header, row);
        }
        json.WriteEndArray();
    }

    /// <summary>Rows without valid coordinates are left out: GeoJSON has no place for them (they stay in the CSV).</summary>
    public static void WriteGeoJson(Stream output, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var (lat, lon) = (IndexOf(header, "緯度"), IndexOf(header, "経度"));
        using var json = new Utf8JsonWriter(output, s_options);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var row in rows)
        {
            if (lat < 0 || lon < 0 || !TryDegrees(row[lat], out var y) || !TryDegrees(row[lon], out var x))
            {
                continue;
            }
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(x);
            json.WriteNumberValue(y);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WritePropertyName("properties");
            WriteProperties(json, header, row);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<string> header, string[] row)
    {
        json.WriteStartObject();
        for (var i = 0; i < header.Count; i++)
        {
            json.WriteString(header[i], i < row.Length ? row[i] : "");
        }
        json.WriteEndObject();
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool TryDegrees(string value, out double degrees) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees);
}
