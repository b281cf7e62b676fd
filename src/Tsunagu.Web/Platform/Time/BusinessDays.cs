namespace Tsunagu.Web.Platform.Time;

/// <summary>
/// 標準処理期間 counted in the town office's working days: Saturdays, Sundays, national holidays
/// (<see cref="JapaneseHolidays"/>) and the year-end closure (12/29–1/3, 行政機関の休日に関する法律) are skipped.
/// The day of receipt is not counted.
/// </summary>
public static class BusinessDays
{
    public static bool IsOpen(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(day.Month == 12 && day.Day >= 29) && !(day.Month == 1 && day.Day <= 3)
        && !JapaneseHolidays.IsHoliday(day);

    public static DateOnly Add(DateOnly start, int days)
    {
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsOpen(day))
            {
                counted++;
            }
        }
        return day;
    }
}
