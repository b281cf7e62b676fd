using System.IO.Compression;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData.Gtfs;

/// <summary>
/// Checks a GTFS-JP feed (標準的なバス情報フォーマット): the required files are in the zip and each has its required fields
/// and no empty required value. Timetable logic (stop sequences, service days) is left to the national FeedValidator.
/// </summary>
public static class GtfsValidator
{
    /// <summary>Required files and their required fields. feed_info is required in GTFS-JP (UNVERIFIED; we require it).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>
    {
        ["agency.txt"] = ["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang"],
        ["agency_jp.txt"] = ["agency_id"],
        ["stops.txt"] = ["stop_id", "stop_name", "stop_lat", "stop_lon"],
        ["routes.txt"] = ["route_id", "agency_id", "route_type"],
        ["trips.txt"] = ["route_id", "service_id", "trip_id"],
        ["stop_times.txt"] = ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"],
        ["calendar.txt"] = ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
        ["feed_info.txt"] = ["feed_publisher_name", "feed_publisher_url", "feed_lang"],
    };

    public static ValidationReport Validate(byte[] zip)
    {
        var problems = new List<ValidationProblem>();
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            foreach (var (file, fields) in Required)
            {
                if (archive.GetEntry(file) is not { } entry)
                {
                    problems.Add(new ValidationProblem(0, file, "必須のファイルがありません。"));
                    continue;
                }
                using var content = new MemoryStream();
                using (var s = entry.Open())
                {
                    s.CopyTo(content);
                }
                var decoded = UploadText.Decode(content.ToArray());
                if (decoded.Utf8 is null || decoded.WasConverted)
                {
                    problems.Add(new ValidationProblem(0, file, "GTFS のファイルは UTF-8 で保存してください。"));
                    continue;
                }
                var (header, rows) = CsvFormat.Read(decoded.Utf8);
                CheckFields(file, fields, header, rows, problems);
            }
        }
        catch (InvalidDataException)
        {
            problems.Add(new ValidationProblem(0, null, "zip ファイルとして読めません。GTFS-JP のファイル一式を zip にまとめてください。"));
        }
        return new ValidationReport(GtfsSchemaId, "UTF-8", 0, problems.Count, problems, []);
    }

    private const string GtfsSchemaId = "gtfs-jp";

    private static void CheckFields(string file, string[] fields, string[] header, List<string[]> rows, List<ValidationProblem> problems)
    {
        foreach (var field in fields)
        {
            var index = Array.IndexOf(header, field);
            if (index < 0)
            {
                problems.Add(new ValidationProblem(1, $"{file} {field}", "必須の項目(列)がありません。"));
                continue;
            }
            for (var r = 0; r < rows.Count; r++)
            {
                if (rows[r][index].Length == 0)
                {
                    problems.Add(new ValidationProblem(r + 2, $"{file} {field}", "必須の項目が空欄です。"));
                }
            }
        }
        if (rows.Count == 0)
        {
            problems.Add(new ValidationProblem(2, file, "データの行がありません。"));
        }
    }
}
