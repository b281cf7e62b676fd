using System.IO.Compression;
using System.Text.RegularExpressions;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData.Gtfs;

/// <summary>
/// Checks a GTFS-JP feed (標準的なバス情報フォーマット): the required files are in the zip, each has its required fields
/// without empty values, times and coordinates are well formed, and the ids between files match (a trip's route and
/// calendar, a stop time's trip and stop). Timetable sense (sequences, service days) is left to the national FeedValidator.
/// </summary>
public static partial class GtfsValidator
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

    private static readonly (string File, string Field, string Target, string TargetField)[] s_references =
    [
        ("routes.txt", "agency_id", "agency.txt", "agency_id"), ("trips.txt", "route_id", "routes.txt", "route_id"),
        ("trips.txt", "service_id", "calendar.txt", "service_id"), ("stop_times.txt", "trip_id", "trips.txt", "trip_id"),
        ("stop_times.txt", "stop_id", "stops.txt", "stop_id"),
    ];

    public static ValidationReport Validate(byte[] zip)
    {
        var problems = new List<ValidationProblem>();
        var tables = new Dictionary<string, (string[] Header, List<string[]> Rows)>();
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            foreach (var (file, fields) in Required)
            {
                if (Read(archive, file, problems) is { } table)
                {
                    tables[file] = table;
                    CheckFields(file, fields, table.Header, table.Rows, problems);
                }
            }
        }
        catch (InvalidDataException)
        {
            problems.Add(new ValidationProblem(0, null, "zip ファイルとして読めません。GTFS-JP のファイル一式を zip にまとめてください。"));
        }
        CheckValues(tables, problems);
        CheckReferences(tables, problems);
        return new ValidationReport("gtfs-jp", "UTF-8", tables.GetValueOrDefault("stop_times.txt").Rows?.Count ?? 0, problems.Count, problems, []);
    }

    private static (string[] Header, List<string[]> Rows)? Read(ZipArchive archive, string file, List<ValidationProblem> problems)
    {
        if (archive.GetEntry(file) is not { } entry)
        {
            problems.Add(new ValidationProblem(0, file, "必須のファイルがありません。"));
            return null;
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
            return null;
        }
        return CsvFormat.Read(decoded.Utf8);
    }

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
            problems.AddRange(rows.Select((row, r) => (row, r)).Where(x => x.row[index].Length == 0)
                .Select(x => new ValidationProblem(x.r + 2, $"{file} {field}", "必須の項目が空欄です。")));
        }
        if (rows.Count == 0)
        {
            problems.Add(new ValidationProblem(2, file, "データの行がありません。"));
        }
    }

    private static void CheckValues(Dictionary<string, (string[] Header, List<string[]> Rows)> tables, List<ValidationProblem> problems)
    {
        Each(tables, "stop_times.txt", "arrival_time", v => GtfsTime().IsMatch(v), "時刻は HH:MM:SS の形にしてください(深夜は 25:10:00 のように書けます)。", problems);
        Each(tables, "stop_times.txt", "departure_time", v => GtfsTime().IsMatch(v), "時刻は HH:MM:SS の形にしてください(深夜は 25:10:00 のように書けます)。", problems);
        Each(tables, "stops.txt", "stop_lat", v => double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= -90 and <= 90, "緯度は十進数の度で書いてください。", problems);
        Each(tables, "stops.txt", "stop_lon", v => double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= -180 and <= 180, "経度は十進数の度で書いてください。", problems);
        Each(tables, "calendar.txt", "start_date", v => GtfsDate().IsMatch(v), "日付は YYYYMMDD の形にしてください。", problems);
        Each(tables, "calendar.txt", "end_date", v => GtfsDate().IsMatch(v), "日付は YYYYMMDD の形にしてください。", problems);
    }

    private static void CheckReferences(Dictionary<string, (string[] Header, List<string[]> Rows)> tables, List<ValidationProblem> problems)
    {
        foreach (var (file, field, target, targetField) in s_references)
        {
            if (!tables.TryGetValue(target, out var to) || Array.IndexOf(to.Header, targetField) is var t && t < 0)
            {
                continue;
            }
            var known = to.Rows.Select(r => r[t]).ToHashSet(StringComparer.Ordinal);
            Each(tables, file, field, v => known.Contains(v), $"{target} にない {targetField} です。", problems);
        }
    }

    /// <summary>Checks the non-empty values of one field; empty ones were reported by the required-field check.</summary>
    private static void Each(Dictionary<string, (string[] Header, List<string[]> Rows)> tables, string file, string field, Func<string, bool> valid, string message, List<ValidationProblem> problems)
    {
        if (tables.TryGetValue(file, out var table) && Array.IndexOf(table.Header, field) is var i && i >= 0)
        {
            problems.AddRange(table.Rows.Select((row, r) => (row, r)).Where(x => x.row[i].Length > 0 && !valid(x.row[i]))
                .Select(x => new ValidationProblem(x.r + 2, $"{file} {field}", message)));
        }
    }

    [GeneratedRegex("^[0-9]{1,2}:[0-5][0-9]:[0-5][0-9]$")]
    private static partial Regex GtfsTime();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex GtfsDate();
}
