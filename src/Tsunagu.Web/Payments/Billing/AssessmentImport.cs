using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>A problem in an assessment file, naming the row (1 = first data row) and the column.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);

/// <summary>
/// Reads the annual assessments the core systems export (docs/payments.md): UTF-8 CSV with the header
/// <c>科目,年度,住民ID,年額</c> (科目 = kokuho / kaigo / koki). Every row is checked before anything is stored; one bad row,
/// or a file cut off halfway, and nothing is applied.
/// </summary>
public sealed class AssessmentImport(TsunaguDb db, Billing billing, IRegistryExtracts registry)
{
    public static readonly string[] Header = ["科目", "年度", "住民ID", "年額"];
    private const long MaxAnnual = 10_000_000;

    public async Task<(int Created, IReadOnlyList<ImportProblem> Problems)> ImportAsync(Stream csv, string fileName, CancellationToken ct)
    {
        var (lines, problems) = Read(csv);
        if (problems.Count == 0)
        {
            var current = (await registry.HouseholdsAsync(Billing.Purpose, ct)).SelectMany(h => h.Members).Select(m => m.Id.Value).ToHashSet();
            var years = lines.Select(l => l.Line.FiscalYear).Distinct().ToList();
            var existing = (await db.Set<Assessment>().Where(a => years.Contains(a.FiscalYear)).Select(a => new { a.Fund, a.FiscalYear, a.PayerResidentId }).ToListAsync(ct))
                .Select(a => (a.Fund, a.FiscalYear, a.PayerResidentId)).ToHashSet();
            foreach (var (row, line) in lines)
            {
                if (!current.Contains(line.Payer))
                {
                    problems.Add(new(row, "住民ID", "住民記録に現在の住民として見つかりません。"));
                }
                else if (!existing.Add((line.Fund, line.FiscalYear, line.Payer)))
                {
                    problems.Add(new(row, "住民ID", "同じ科目・年度の賦課が既にあります（ファイル内の重複を含む）。額を変えるときは更正してください。"));
                }
            }
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
            var yearOk = int.TryParse(reader.GetString(1), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100;
            var payerOk = Guid.TryParse(reader.GetString(2), out var payer);
            var amountOk = long.TryParse(reader.GetString(3), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount is > 0 and <= MaxAnnual;
            AddIf(fund is null, row, "科目", "kokuho・kaigo・koki のどれかにしてください。");
            AddIf(!yearOk, row, "年度", "西暦4けたの年度にしてください。");
            AddIf(!payerOk, row, "住民ID", "住民IDの形が正しくありません。");
            AddIf(!amountOk, row, "年額", $"1円以上{MaxAnnual:N0}円以下の整数にしてください（マイナスや小数は使えません）。");
            if (fund is { } f && yearOk && payerOk && amountOk)
            {
                lines.Add((row, new AssessmentLine(f, year, payer, amount)));
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
