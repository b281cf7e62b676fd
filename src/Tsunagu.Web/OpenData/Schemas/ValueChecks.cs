using System.Globalization;
using System.Text.RegularExpressions;

namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>Checks one value against its column type; answers the problem in polite Japanese, or null when the value is fine.</summary>
public static partial class ValueChecks
{
    /// <summary>Written instead of a count that is too small to publish (秘匿), as in e-Stat tables.</summary>
    public const string SuppressedMark = "X";

    public static string? Check(SchemaColumn column, string value, TownBounds bounds)
    {
        if (value.Length == 0)
        {
            return column.Required ? "必須の項目が空欄です。" : null;
        }
        return column.Type switch
        {
            "localGovernmentCode" => LocalGovernmentCode.IsValid(value) ? null : "全国地方公共団体コードは検査数字を含む6桁の数字にしてください(九重町は 444618 です)。",
            "integer" => IsWhole(value) ? null : "半角数字の整数で入力してください。",
            "count" => IsWhole(value) || value == SuppressedMark ? null : $"人数は半角数字の整数か、秘匿を表す「{SuppressedMark}」にしてください。",
            "decimal" => IsDecimal(value, out _) ? null : "半角の数値で入力してください。",
            "latitude" => IsDecimal(value, out var lat) && bounds.ContainsLatitude(lat) ? null
                : $"緯度は十進数の度で、町の範囲(北緯{bounds.South}〜{bounds.North}度)に入る値にしてください。",
            "longitude" => IsDecimal(value, out var lon) && bounds.ContainsLongitude(lon) ? null
                : $"経度は十進数の度で、町の範囲(東経{bounds.West}〜{bounds.East}度)に入る値にしてください。",
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null
                : "日付は YYYY-MM-DD の形(例: 2025-04-01)で入力してください。",
            "time" => TimePattern().IsMatch(value) ? null : "時刻は hh:mm の形(例: 09:00)で入力してください。",
            "phone" => IsPhone(value) ? null : "電話番号は半角数字とハイフンで、市外局番から入力してください(例: 0973-76-2111)。",
            "postalCode" => PostalPattern().IsMatch(value) ? null : "郵便番号は 879-4895 の形で入力してください。",
            "email" => EmailPattern().IsMatch(value) ? null : "メールアドレスの形になっていません。",
            "url" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? null
                : "アドレスは http:// か https:// で始めてください。",
            "kana" => value.All(IsFullWidthKatakana) ? null : "全角カタカナで入力してください。",
            "flag" => value is "有" or "無" ? null : "「有」か「無」で入力してください。",
            "one" => value == "1" ? null : "該当するときは「1」、しないときは空欄にしてください。",
            "enum" => column.Values?.Contains(value) == true ? null : $"次のどれかにしてください: {string.Join("、", column.Values ?? [])}",
            "townAreaId" => TownAreaPattern().IsMatch(value) ? null : "町字IDは 7桁の数字(例: 0001001)か 0001-001 の形にしてください。",
            "corporateNumber" => IsCorporateNumber(value) ? null : "法人番号は検査数字を含む13桁の数字にしてください。",
            "careOfficeNumber" => value.Length == 10 && value.All(char.IsAsciiDigit) ? null : "介護保険事業所番号は10桁の数字にしてください。",
            _ => value.Contains('\0') ? "使えない文字が含まれています。" : null,
        };
    }

    private static bool IsWhole(string value) => value.Length <= 12 && value.All(char.IsAsciiDigit);

    private static bool IsDecimal(string value, out double number) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(value) && digits is 10 or 11;
    }

    /// <summary>法人番号: the first digit is 9 − (Σ Pₙ × Qₙ mod 9), Pₙ the n-th of the other 12 digits from the right, Qₙ 1 for odd n and 2 for even n.</summary>
    private static bool IsCorporateNumber(string value)
    {
        if (value.Length != 13 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 12; n++)
        {
            sum += (value[13 - n] - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return value[0] - '0' == 9 - (sum % 9);
    }

    private static bool IsFullWidthKatakana(char c) => c is (>= 'ァ' and <= 'ヺ') or 'ー' or '・' or '　' or 'ヽ' or 'ヾ';

    [GeneratedRegex(@"^([01][0-9]|2[0-4]):[0-5][0-9]$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$|^0[0-9]{9,10}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{4}$")]
    private static partial Regex PostalPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9]{7}$|^[0-9]{4}-[0-9]{3}$")]
    private static partial Regex TownAreaPattern();
}
