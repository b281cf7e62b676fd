namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>One problem: the line of the file (the header is line 1), the column, and what is wrong, in Japanese.</summary>
public sealed record ValidationProblem(int Line, string? Column, string Message)
{
    public override string ToString() =>
        (Line > 0 ? $"{Line}行目" : "") + (Column is null ? "" : $"「{Column}」") + (Line > 0 || Column is not null ? ": " : "") + Message;
}

/// <summary>The outcome of checking a file against its schema. Valid files also carry the rows, normalised to UTF-8.</summary>
public sealed record ValidationReport(
    string SchemaId,
    string Encoding,
    int RowCount,
    int ProblemCount,
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyList<string[]> Rows)
{
    /// <summary>A long report lists this many problems and counts the rest, so a wrong file cannot fill the page.</summary>
    public const int ListedProblems = 200;

    public bool IsValid => ProblemCount == 0;

    public bool WasConverted => Encoding != "UTF-8";

    public static ValidationReport Refused(string schemaId, string encoding, string reason) =>
        new(schemaId, encoding, 0, 1, [new ValidationProblem(1, null, reason)], []);
}
