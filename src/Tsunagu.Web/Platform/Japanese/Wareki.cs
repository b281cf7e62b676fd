using System.Globalization;

namespace Tsunagu.Web.Platform.Japanese;

/// <summary>和暦 (Japanese era) dates, as certificates and forms print them.</summary>
public static class Wareki
{
    private sealed record Era(string Name, string Initial, DateOnly Start);

    // Start dates from the 元号 proclamations; 明治 dates before the 1873 solar calendar are not needed for living people.
    private static readonly Era[] s_eras =
    [
        new("令和", "R", new DateOnly(2019, 5, 1)),
        new("平成", "H", new DateOnly(1989, 1, 8)),
        new("昭和", "S", new DateOnly(1926, 12, 25)),
        new("大正", "T", new DateOnly(1912, 7, 30)),
        new("明治", "M", new DateOnly(1868, 10, 23)),
    ];

    /// <summary>e.g. 令和8年11月24日; the first year is written 元年.</summary>
    public static string Format(DateOnly date)
    {
        var (era, year) = EraOf(date);
        var yearText = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        return $"{era.Name}{yearText}年{date.Month}月{date.Day}日";
    }

    /// <summary>e.g. 令和8年 for fiscal-year and slip headings.</summary>
    public static string FormatYear(DateOnly date)
    {
        var (era, year) = EraOf(date);
        return $"{era.Name}{(year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture))}年";
    }

    /// <summary>Reads 令和8年11月24日, R8.11.24, 平成元年1月8日 or a western date; null when it is not a real date.</summary>
    public static DateOnly? Parse(string? text)
    {
        var s = Kana.FoldForSearch(text).Replace("元年", "1年", StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return null;
        }
        foreach (var era in s_eras)
        {
            foreach (var prefix in new[] { era.Name, era.Initial, era.Initial.ToLowerInvariant() })
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return ParseEraRest(era, s[prefix.Length..]);
                }
            }
        }
        return DateOnly.TryParse(s.Replace('年', '-').Replace('月', '-').TrimEnd('日'), CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static DateOnly? ParseEraRest(Era era, string rest)
    {
        var parts = rest.Split(['年', '月', '日', '.', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }
        var (y, m, d) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        var year = era.Start.Year + y - 1;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), m))
        {
            return null;
        }
        var date = new DateOnly(year, m, d);
        return EraOf(date).Era == era ? date : null;
    }

    private static (Era Era, int Year) EraOf(DateOnly date)
    {
        var era = s_eras.FirstOrDefault(e => date >= e.Start) ?? s_eras[^1];
        return (era, date.Year - era.Start.Year + 1);
    }
}
