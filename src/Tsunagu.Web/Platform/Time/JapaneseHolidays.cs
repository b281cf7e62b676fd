namespace Tsunagu.Web.Platform.Time;

/// <summary>
/// National holidays under 国民の祝日に関する法律 as in force since 2022 (the 2020–2021 Olympic moves are not
/// modelled), with 振替休日 and 国民の休日. The equinoxes use the usual approximation, exact for 1980–2099.
/// </summary>
public static class JapaneseHolidays
{
    public static bool IsHoliday(DateOnly day) =>
        IsNamedHoliday(day)
        // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday itself.
        || IsSubstitute(day)
        // 国民の休日: an ordinary day between two holidays.
        || (day.DayOfWeek != DayOfWeek.Sunday && IsNamedHoliday(day.AddDays(-1)) && IsNamedHoliday(day.AddDays(1)));

    private static bool IsSubstitute(DateOnly day)
    {
        if (IsNamedHoliday(day))
        {
            return false;
        }
        for (var back = day.AddDays(-1); IsNamedHoliday(back); back = back.AddDays(-1))
        {
            if (back.DayOfWeek == DayOfWeek.Sunday)
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsNamedHoliday(DateOnly d) => (d.Month, d.Day) switch
    {
        (1, 1) or (2, 11) or (2, 23) or (4, 29) or (5, 3) or (5, 4) or (5, 5) or (8, 11) or (11, 3) or (11, 23) => true,
        (1, _) => IsNthMonday(d, 2),
        (7, _) => IsNthMonday(d, 3),
        (9, _) => IsNthMonday(d, 3) || d.Day == Equinox(d.Year, 23.2488),
        (10, _) => IsNthMonday(d, 2),
        (3, _) => d.Day == Equinox(d.Year, 20.8431),
        _ => false,
    };

    private static bool IsNthMonday(DateOnly d, int n) => d.DayOfWeek == DayOfWeek.Monday && (d.Day - 1) / 7 == n - 1;

    private static int Equinox(int year, double constant) =>
        (int)Math.Floor(constant + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));
}
