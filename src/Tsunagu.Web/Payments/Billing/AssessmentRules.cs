using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>
/// What every assessment must be, whether the core system's file brings it or staff type it in: one set of rules, so an
/// assessment refused by the import is refused on the page too.
/// </summary>
public static class AssessmentRules
{
    public const long MaxAnnual = 10_000_000;
    public const string FundMessage = "科目は kokuho（国民健康保険料）・kaigo（介護保険料）・koki（後期高齢者医療保険料）のどれかにしてください。";
    public const string YearMessage = "年度は西暦4けた（2000〜2100）で入力してください。";
    public const string PayerMessage = "住民IDの形が正しくありません。";
    public const string NotResidentMessage = "住民記録に現在の住民として見つかりません。";
    public const string DuplicateMessage = "同じ科目・年度の賦課が既にあります（ファイル内の重複を含む）。額を変えるときは更正してください。";
    public static readonly string AmountMessage = $"年額は1円以上{MaxAnnual:N0}円以下の整数で入力してください（マイナスや小数は使えません）。";

    public static int? Year(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 ? year : null;

    /// <summary>Whole yen, 1 to 10,000,000; a 更正 may bring the year to 0 (資格喪失 from the first month).</summary>
    public static long? Amount(string? text, bool zeroAllowed = false) =>
        long.TryParse(text?.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var yen)
            && yen <= MaxAnnual && (yen > 0 || (zeroAllowed && yen == 0)) ? yen : null;
}

/// <summary>The rules that need the registry and the stored assessments: a current resident, and one assessment per fund, year and payer.</summary>
public sealed class AssessmentChecks(TsunaguDb db, IRegistryExtracts registry)
{
    /// <summary>For each line that breaks a rule: its index in <paramref name="lines"/>, the column (住民ID) and the message.</summary>
    public async Task<IReadOnlyList<(int Index, string Column, string Message)>> CheckAsync(IReadOnlyList<AssessmentLine> lines, CancellationToken ct)
    {
        var problems = new List<(int, string, string)>();
        var current = (await registry.HouseholdsAsync(Billing.Purpose, ct)).SelectMany(h => h.Members).Select(m => m.Id.Value).ToHashSet();
        var years = lines.Select(l => l.FiscalYear).Distinct().ToList();
        var existing = (await db.Set<Assessment>().Where(a => years.Contains(a.FiscalYear)).Select(a => new { a.Fund, a.FiscalYear, a.PayerResidentId }).ToListAsync(ct))
            .Select(a => (a.Fund, a.FiscalYear, a.PayerResidentId)).ToHashSet();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            if (!current.Contains(line.Payer))
            {
                problems.Add((index, "住民ID", AssessmentRules.NotResidentMessage));
            }
            else if (!existing.Add((line.Fund, line.FiscalYear, line.Payer)))
            {
                problems.Add((index, "住民ID", AssessmentRules.DuplicateMessage));
            }
        }
        return problems;
    }
}
