using System.Globalization;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.OpenData.Live;

/// <summary>地域・年齢別人口 made from the registry: one row per 大字, 5-year bands by sex, small counts suppressed.</summary>
public sealed class PopulationTable(IResidentStatistics statistics, SchemaCatalogue schemas, OpenDataOptions options, TimeProvider clock)
{
    public const string SchemaId = "population_by_area_age";
    private const int Bands = 18;

    public async Task<(IReadOnlyList<string> Header, List<string[]> Rows)> BuildAsync(CancellationToken ct)
    {
        var schema = schemas.Find(SchemaId)!;
        var today = Platform.Time.JapanTime.Today(clock);
        var cells = await statistics.PopulationAsync(today, ct);
        var households = (await statistics.HouseholdsAsync(ct)).ToDictionary(h => h.Oaza, h => h.Households);
        var oazas = statistics.Oazas;
        // Columns: 0 総人口, 1 男性, 2 女性, then male/female per band, then 世帯数.
        var counts = new int[oazas.Count, 3 + (2 * Bands) + 1];
        for (var r = 0; r < oazas.Count; r++)
        {
            foreach (var cell in cells.Where(c => c.Oaza == oazas[r]))
            {
                var female = cell.Sex == "女" ? 1 : 0;
                counts[r, 3 + (2 * (cell.AgeFrom / 5)) + female] += cell.People;
                counts[r, 1 + female] += cell.People;
                counts[r, 0] += cell.People;
            }
            counts[r, counts.GetLength(1) - 1] = households.GetValueOrDefault(oazas[r]);
        }
        var hidden = new Suppression(counts).Apply(options.SuppressBelow, Sums(oazas.Count, counts.GetLength(1)));
        var rows = new List<string[]>();
        for (var r = 0; r < oazas.Count; r++)
        {
            var row = new List<string>
            {
                options.LocalGovernmentCode, options.LocalGovernmentCode + (r + 1).ToString("D3", CultureInfo.InvariantCulture),
                options.LocalGovernmentName, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "大字" + oazas[r],
            };
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                row.Add(hidden.IsHidden(r, c) ? ValueChecks.SuppressedMark : counts[r, c].ToString(CultureInfo.InvariantCulture));
            }
            row.Add(Enumerable.Range(0, counts.GetLength(1)).Any(c => hidden.IsHidden(r, c)) ? $"{options.SuppressBelow}人未満の欄などは秘匿のため{ValueChecks.SuppressedMark}としています" : "");
            rows.Add([.. row]);
        }
        return (schema.Columns.Select(c => c.Name).ToList(), rows);
    }

    private static List<IReadOnlyList<(int, int)>> Sums(int rows, int columns)
    {
        var sums = new List<IReadOnlyList<(int, int)>>();
        for (var r = 0; r < rows; r++)
        {
            sums.Add([(r, 0), (r, 1), (r, 2)]);
            sums.Add([(r, 1), .. Enumerable.Range(0, Bands).Select(b => (r, 3 + (2 * b)))]);
            sums.Add([(r, 2), .. Enumerable.Range(0, Bands).Select(b => (r, 4 + (2 * b)))]);
        }
        for (var c = 0; c < columns; c++)
        {
            sums.Add([.. Enumerable.Range(0, rows).Select(r => (r, c))]);
        }
        return sums;
    }
}
