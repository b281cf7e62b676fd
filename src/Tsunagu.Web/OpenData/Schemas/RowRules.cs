namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>Rules between the values of one row, which no single column check can see.</summary>
internal static class RowRules
{
    private static readonly (string Start, string End)[] s_periods = [("開始日", "終了日"), ("開始時間", "終了時間")];

    public static void Check(DatasetSchema schema, string[] row, int line, ProblemList problems)
    {
        foreach (var (start, end) in s_periods)
        {
            var (s, e) = (schema.IndexOf(start), schema.IndexOf(end));
            // Same-width ISO dates and hh:mm times order correctly as text; malformed values were reported already.
            if (s >= 0 && e >= 0 && row[s].Length == row[e].Length && row[e].Length > 0 && string.CompareOrdinal(row[e], row[s]) < 0
                && (start != "開始時間" || schema.IndexOf("終了日") < 0 || row[schema.IndexOf("終了日")] == row[schema.IndexOf("開始日")]))
            {
                problems.Add(new ValidationProblem(line, end, $"{end}が{start}より前になっています。"));
            }
        }
        var code = schema.IndexOf("全国地方公共団体コード");
        var placeCode = schema.IndexOf("所在地_全国地方公共団体コード");
        if (code >= 0 && placeCode >= 0 && row[placeCode].Length >= 2 && row[code].Length >= 2 && row[placeCode][..2] != row[code][..2])
        {
            problems.Add(new ValidationProblem(line, "所在地_全国地方公共団体コード", "所在地が、データを作った団体と別の都道府県になっています。"));
        }
    }
}

/// <summary>Problems as they are found: all are counted, the first <see cref="ValidationReport.ListedProblems"/> are kept.</summary>
internal sealed class ProblemList
{
    private readonly List<ValidationProblem> _listed = [];

    public int Count { get; private set; }

    public void Add(ValidationProblem problem)
    {
        Count++;
        if (_listed.Count < ValidationReport.ListedProblems)
        {
            _listed.Add(problem);
        }
    }

    public ValidationReport ToReport(string schemaId, string encoding, int rows, IReadOnlyList<string[]> values) =>
        new(schemaId, encoding, rows, Count, _listed, Count == 0 ? values : []);
}
