using System.Globalization;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData.Demo;

/// <summary>Turns demo rows (column name → value) into a CSV of a schema, filling the standard's common columns from the place.</summary>
internal static class DemoCsv
{
    public static byte[] Build(DatasetSchema schema, string code, string townName, IEnumerable<(DemoPlace? Place, Dictionary<string, string> Values)> rows)
    {
        var header = schema.Columns.Select(c => c.Name).ToList();
        var n = 0;
        var lines = rows.Select(r =>
        {
            n++;
            var values = Common(code, townName, n, r.Place);
            foreach (var (key, value) in r.Values)
            {
                values[key] = value;
            }
            return (IReadOnlyList<string>)[.. header.Select(h => values.GetValueOrDefault(h, ""))];
        }).ToList();
        return CsvFormat.ToBytes(header, lines);
    }

    private static Dictionary<string, string> Common(string code, string townName, int n, DemoPlace? place)
    {
        var values = new Dictionary<string, string>
        {
            ["全国地方公共団体コード"] = code,
            ["ID"] = n.ToString("D6", CultureInfo.InvariantCulture),
            ["地方公共団体名"] = townName,
            ["市区町村コード"] = code,
        };
        if (place is null)
        {
            return values;
        }
        values["名称"] = place.Name;
        values["名称_カナ"] = place.Kana;
        values["名称_英語"] = values["名称_英字"] = place.English;
        values["所在地_全国地方公共団体コード"] = code;
        values["所在地_連結表記"] = $"大分県玖珠郡九重町大字{place.Oaza}{place.Banchi}";
        values["所在地_都道府県"] = "大分県";
        values["所在地_市区町村"] = "玖珠郡九重町";
        values["所在地_町字"] = "大字" + place.Oaza;
        values["所在地_番地以下"] = place.Banchi;
        values["緯度"] = place.Lat.ToString("F6", CultureInfo.InvariantCulture);
        values["経度"] = place.Lon.ToString("F6", CultureInfo.InvariantCulture);
        values["郵便番号"] = DemoPlaces.PostalCodes.GetValueOrDefault(place.Oaza, "");
        return values;
    }
}
