namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>Rules between the values of one row, which no single column check can see.</summary>
internal static class RowRules
{
    public static void Check(DatasetSchema schema, string[] row, int line, ProblemList problems)
    {
        var (startDate, endDate) = (Value(schema, row, "開始日"), Value(schema, row, "終了日"));
        if (Reversed(startDate, endDate))
        {
            problems.Add(new ValidationProblem(line, "終了日", "終了日が開始日より前になっています。"));
        }
        // Times are compared only within one day: an event may end at 10:00 on a later day than it began at 18:00.
        if (endDate is null or "" || endDate == startDate)
        {
            if (Reversed(Value(schema, row, "開始時間"), Value(schema, row, "終了時間")))
            {
                problems.Add(new ValidationProblem(line, "終了時間", "終了時間が開始時間より前になっています。"));
            }
        }
    }

    private static string? Value(DatasetSchema schema, string[] row, string column) => schema.IndexOf(column) is >= 0 and var i ? row[i] : null;

    // Same-width ISO dates and hh:mm times order correctly as text; malformed values were reported by the column checks.
    private static bool Reversed(string? start, string? end) =>
        start is { Length: > 0 } && end is { Length: > 0 } && start.Length == end.Length && string.CompareOrdinal(end, start) < 0;
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
