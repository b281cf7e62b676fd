using System.Globalization;
using System.Text;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>
/// Plausible annual assessments for the demo town, in the import layout: 国保 for about a third of households whose head
/// is under 75, 介護保険料 (普通徴収) for half of those aged 65–74, 後期高齢者医療 (普通徴収) for half of those 75 and over.
/// Amounts are invented but shaped like the real ones (per-household and per-person parts), and the same registry always
/// gives the same file.
/// </summary>
public static class SampleAssessments
{
    public static IReadOnlyList<AssessmentLine> For(IReadOnlyList<ExtractHousehold> households, int fiscalYear)
    {
        var april = new DateOnly(fiscalYear, 4, 1);
        var lines = new List<AssessmentLine>();
        foreach (var (household, index) in households.Select((h, i) => (h, i)))
        {
            var head = household.Members[0];
            var seed = Math.Abs(head.Id.Value.GetHashCode() % 1000);
            if (index % 3 == 0 && Age(head, april) < 75)
            {
                var members = household.Members.Count(m => Age(m, april) < 75);
                lines.Add(new(Fund.NationalHealthInsurance, fiscalYear, head.Id.Value, Round(24_000 + (members * 31_000) + (seed * 60))));
            }
            foreach (var (member, n) in household.Members.Select((m, n) => (m, n)))
            {
                var age = Age(member, april);
                if (age is >= 65 and < 75 && (index + n) % 2 == 0)
                {
                    lines.Add(new(Fund.LongTermCare, fiscalYear, member.Id.Value, Round(48_000 + (seed * 30))));
                }
                else if (age >= 75 && (index + n) % 2 == 0)
                {
                    lines.Add(new(Fund.LateStageElderly, fiscalYear, member.Id.Value, Round(22_000 + (seed * 45))));
                }
            }
        }
        return lines;
    }

    public static string ToCsv(IEnumerable<AssessmentLine> lines)
    {
        var csv = new StringBuilder().Append(string.Join(',', AssessmentImport.Header)).Append('\n');
        foreach (var l in lines)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Funds.Key(l.Fund)},{l.FiscalYear},{l.Payer},{l.AnnualAmount}\n");
        }
        return csv.ToString();
    }

    private static long Round(long yen) => yen / 100 * 100;

    private static int Age(ExtractPerson p, DateOnly on) => on.Year - p.BirthDate.Year - (on < p.BirthDate.AddYears(on.Year - p.BirthDate.Year) ? 1 : 0);
}
