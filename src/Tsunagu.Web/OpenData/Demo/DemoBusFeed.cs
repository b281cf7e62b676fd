using System.Globalization;
using System.IO.Compression;
using Tsunagu.Web.OpenData.Formats;

namespace Tsunagu.Web.OpenData.Demo;

/// <summary>A synthetic GTFS-JP feed of the town's community bus: two routes from 豊後中村駅, weekdays only.</summary>
internal static class DemoBusFeed
{
    private static readonly (string Id, string Name, string Reading, double Lat, double Lon)[] s_stops =
    [
        ("S01", "豊後中村駅", "ぶんごなかむらえき", 33.2328, 131.1840), ("S02", "九重町役場", "ここのえまちやくば", 33.2311, 131.1873),
        ("S03", "保健福祉センター", "ほけんふくしせんたー", 33.2298, 131.1890), ("S04", "野上", "のがみ", 33.2352, 131.1722),
        ("S05", "右田", "みぎた", 33.2240, 131.2061), ("S06", "恵良", "えら", 33.2581, 131.2205),
        ("S07", "町田", "まちだ", 33.1990, 131.1512), ("S08", "宝泉寺温泉", "ほうせんじおんせん", 33.2040, 131.1535),
    ];

    private static readonly (string Route, string Name, string[] Stops)[] s_routes =
    [
        ("R1", "東回り(恵良線)", ["S01", "S02", "S03", "S05", "S06"]),
        ("R2", "南回り(宝泉寺線)", ["S01", "S02", "S04", "S07", "S08"]),
    ];

    private static readonly int[] s_departures = [7 * 60 + 30, 10 * 60, 13 * 60, 16 * 60 + 30];

    public static byte[] Zip(int year)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "agency.txt", ["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang", "agency_phone"],
                [["8000020444618", "九重町", "https://www.town.kokonoe.oita.jp/", "Asia/Tokyo", "ja", "0973-76-2111"]]);
            Add(zip, "agency_jp.txt", ["agency_id", "agency_official_name", "agency_zip_number", "agency_address", "agency_president_pos"],
                [["8000020444618", "九重町", "8794895", "大分県玖珠郡九重町大字後野上8番地の1", "町長"]]);
            Add(zip, "stops.txt", ["stop_id", "stop_name", "stop_lat", "stop_lon", "location_type"],
                [.. s_stops.Select(s => new[] { s.Id, s.Name, Degrees(s.Lat), Degrees(s.Lon), "0" })]);
            Add(zip, "routes.txt", ["route_id", "agency_id", "route_short_name", "route_long_name", "route_type"],
                [.. s_routes.Select(r => new[] { r.Route, "8000020444618", "", r.Name, "3" })]);
            Add(zip, "calendar.txt", ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
                [["weekday", "1", "1", "1", "1", "1", "0", "0", $"{year}0401", $"{year + 1}0331"]]);
            Add(zip, "trips.txt", ["route_id", "service_id", "trip_id", "trip_headsign"],
                [.. s_routes.SelectMany(r => s_departures.Select(d => new[] { r.Route, "weekday", Trip(r.Route, d), s_stops.First(s => s.Id == r.Stops[^1]).Name }))]);
            Add(zip, "stop_times.txt", ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"],
                [.. s_routes.SelectMany(r => s_departures.SelectMany(d => r.Stops.Select((stop, i) =>
                    new[] { Trip(r.Route, d), Clock(d + (i * 6)), Clock(d + (i * 6)), stop, (i + 1).ToString(CultureInfo.InvariantCulture) })))]);
            Add(zip, "feed_info.txt", ["feed_publisher_name", "feed_publisher_url", "feed_lang", "feed_start_date", "feed_end_date", "feed_version"],
                [["九重町", "https://www.town.kokonoe.oita.jp/", "ja", $"{year}0401", $"{year + 1}0331", $"{year}0401"]]);
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string[] header, IEnumerable<string[]> rows)
    {
        // A fixed timestamp keeps the zip's bytes, and so its hash, the same for the same timetable.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        var bytes = CsvFormat.ToBytes(header, rows, byteOrderMark: false);
        stream.Write(bytes);
    }

    private static string Trip(string route, int minutes) => $"{route}_{minutes / 60:D2}{minutes % 60:D2}";

    private static string Clock(int minutes) => $"{minutes / 60:D2}:{minutes % 60:D2}:00";

    private static string Degrees(double value) => value.ToString("F6", CultureInfo.InvariantCulture);
}
