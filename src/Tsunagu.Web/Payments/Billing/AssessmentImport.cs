namespace Tsunagu.Web.Payments.Billing;

/// <summary>A problem in an assessment file, naming the row (1 = first data row) and the column.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);

/// <summary>
/// Reads the annual assessments the core systems export (docs/payments.md): UTF-8 CSV with the header
/// <c>科目,年度,住民ID,年額</c> (科目 = kokuho / kaigo / koki). Every row is checked before anything is stored; one bad row,
/// or a file cut off halfway, and nothing is applied.
/// </summary>
public sealed class AssessmentImport(AssessmentChecks checks, Billing billing)
{
    public static readonly string[] Header = ["科目", "年度", "住民ID", "年額"];

    public async Task<(int Created, IReadOnlyList<ImportProblem> Problems)> ImportAsync(Stream csv, string fileName, CancellationToken ct)
    {
        var (lines, problems) = Read(csv);
        if (problems.Count == 0)
        {
            problems.AddRange((await checks.CheckAsync([.. lines.Select(l => l.Line)], ct)).Select(p => new ImportProblem(lines[p.Index].Row, p.Column, p.Message)));
        }
        if (problems.Count > 0)
        {
            return (0, problems);
        }
        var created = await billing.CreateAsync([.. lines.Select(l => l.Line)], $"import:{Path.GetFileName(fileName)}", ct);
        return (created.Count, problems);
    }

    private static (List<(int Row, AssessmentLine Line)> Lines, List<ImportProblem> Problems) Read(Stream csv)
    {
        var lines = new List<(int, AssessmentLine)>();
        var problems = new List<ImportProblem>();
        using var buffer = new MemoryStream();
        csv.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var (opened, problem) = ImportFiles.Open(bytes, Header);
        if (problem is not null)
        {
            return (lines, [problem]);
        }
        using var reader = opened!;
        var row = 0;
        while (reader.Read())
        {
            row++;
            if (reader.FieldCount != Header.Length)
            {
                problems.Add(new(row, "行", $"列が{Header.Length}つではありません（{reader.FieldCount}列）。ファイルが途中で切れていないか確かめてください。"));
                continue;
            }
            var fund = Funds.FromKey(reader.GetString(0));
            var year = AssessmentRules.Year(reader.GetString(1));
            var payerOk = Guid.TryParse(reader.GetString(2), out var payer);
            var amount = AssessmentRules.Amount(reader.GetString(3));
            AddIf(fund is null, row, "科目", AssessmentRules.FundMessage);
            AddIf(year is null, row, "年度", AssessmentRules.YearMessage);
            AddIf(!payerOk, row, "住民ID", AssessmentRules.PayerMessage);
            AddIf(amount is null, row, "年額", AssessmentRules.AmountMessage);
            if (fund is { } f && year is { } y && payerOk && amount is { } yen)
            {
                lines.Add((row, new AssessmentLine(f, y, payer, yen)));
            }
        }
        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(0, "行", "賦課の行がありません。"));
        }
        return (lines, problems);

        void AddIf(bool wrong, int at, string column, string message)
        {
            if (wrong)
            {
                problems.Add(new(at, column, message));
            }
        }
    }
}
