using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>One 期: its number, due date and amount in yen.</summary>
public sealed record PlannedInstalment(int Number, DateOnly DueOn, long Amount);

/// <summary>
/// Splits an annual premium into 期別 amounts: each instalment is the annual amount divided by the number of instalments,
/// rounded down to the hundred yen, and what remains goes to the first (the usual rule in 九重町's and most towns'
/// ordinances: 端数は第1期に加算). An adjustment (更正) re-plans only the instalments not yet due.
/// </summary>
public static class InstalmentPlan
{
    public static IReadOnlyList<PlannedInstalment> Split(Fund fund, int fiscalYear, long annual)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(annual);
        var months = Funds.DueMonths(fund);
        var each = annual / months.Count / 100 * 100;
        var first = annual - (each * (months.Count - 1));
        return [.. months.Select((month, i) => new PlannedInstalment(i + 1, DueDate(fiscalYear, month), i == 0 ? first : each))];
    }

    /// <summary>
    /// After a 更正 to <paramref name="newAnnual"/>: instalments due before <paramref name="today"/> keep their amounts (they
    /// were billed and may be paid); the rest share what is left by the same rule. Null when nothing is left to re-plan.
    /// </summary>
    public static IReadOnlyList<PlannedInstalment>? Adjust(IReadOnlyList<PlannedInstalment> current, long newAnnual, DateOnly today)
    {
        var kept = current.Where(i => i.DueOn < today).ToList();
        var open = current.Where(i => i.DueOn >= today).ToList();
        if (open.Count == 0)
        {
            return null;
        }
        var rest = newAnnual - kept.Sum(i => i.Amount);
        var each = Math.Max(0, rest / open.Count / 100 * 100);
        var firstOpen = Math.Max(0, rest - (each * (open.Count - 1)));
        return [.. kept, .. open.Select((i, n) => i with { Amount = n == 0 ? firstOpen : each })];
    }

    /// <summary>The last day of the month, moved to the next working day when it is a weekend or national holiday.</summary>
    public static DateOnly DueDate(int fiscalYear, int month)
    {
        var year = month >= 4 ? fiscalYear : fiscalYear + 1;
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (!BusinessDays.IsOpen(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }
}
