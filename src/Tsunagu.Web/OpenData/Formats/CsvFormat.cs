using CsvHelper;

namespace Tsunagu.Web.OpenData.Formats;

/// <summary>
/// Writes published CSV the one way the catalogue publishes it: UTF-8 with a byte order mark (so Excel opens Japanese
/// text correctly) and CRLF line ends, quoted only where RFC 4180 needs it.
/// </summary>
public static class CsvFormat
{
    // Values are published as the town typed them: escaping a leading "-" or "=" would change 高度の値 -1 into '-1.
    private static readonly CsvWriterOptions s_options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.None,
    };

    // GTFS readers expect plain UTF-8 without a byte order mark.
    private static readonly CsvWriterOptions s_gtfsOptions = s_options with { WriteByteOrderMark = false };

    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, bool byteOrderMark = true)
    {
        using var writer = CsvWriter.Create(output, byteOrderMark ? s_options : s_gtfsOptions, leaveOpen: true);
        WriteRecord(writer, header);
        foreach (var row in rows)
        {
            WriteRecord(writer, row);
        }
    }

    public static byte[] ToBytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, bool byteOrderMark = true)
    {
        using var buffer = new MemoryStream();
        Write(buffer, header, rows, byteOrderMark);
        return buffer.ToArray();
    }

    /// <summary>Reads a CSV the catalogue wrote (header and rows), for JSON and GeoJSON made from it.</summary>
    public static (string[] Header, List<string[]> Rows) Read(byte[] utf8)
    {
        using var reader = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ',' });
        var header = reader.Headers.ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[header.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = i < reader.FieldCount ? reader.GetString(i) : "";
            }
            rows.Add(row);
        }
        return (header, rows);
    }

    private static void WriteRecord(CsvWriter writer, IReadOnlyList<string> fields)
    {
        foreach (var field in fields)
        {
            writer.WriteField(field);
        }
        writer.EndRecord();
    }
}
