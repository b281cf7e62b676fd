using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tsunagu.Web.Platform.Japanese;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>
/// How each kind of form field is written on paper and how the OCR text of it becomes the value the form expects.
/// A value that does not come out in the expected shape is kept as read and marked for staff to check.
/// </summary>
public static partial class PaperFieldKinds
{
    public static readonly IReadOnlySet<string> Readable =
        new HashSet<string>(StringComparer.Ordinal) { "text", "katakana", "date", "postal-code", "address", "phone", "number", "select" };

    /// <summary>The value as a person writes it: dates in 和暦, the rest as stored.</summary>
    public static string AsWritten(PaperField field, string value) =>
        field.Type == "date" && DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var d) ? Wareki.Format(d) : value;

    /// <summary>The form value for what OCR read, and whether it has the shape the field needs.</summary>
    public static (string Value, bool WellFormed) Normalize(PaperField field, string read)
    {
        var text = Squeeze(read);
        switch (field.Type)
        {
            case "date":
                var date = Wareki.Parse(text.Replace(" ", "", StringComparison.Ordinal)) ?? Wareki.Parse(DateShape(text));
                return date is { } d ? (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true) : (text, false);
            case "postal-code":
                var postal = Digits(text);
                return postal.Length == 7 ? ($"{postal[..3]}-{postal[3..]}", true) : (text, false);
            case "phone":
                var phone = PhoneText().Replace(Ascii(text), "");
                return (phone, PhoneShape().IsMatch(phone));
            case "number":
                var number = Digits(text);
                return (number, number.Length is > 0 and < 6);
            case "katakana":
                var kana = ProlongedMark().Replace(ToKatakana(text).Replace(" ", "　", StringComparison.Ordinal), "$1ー");
                return (kana, Kana.IsKatakana(kana.Replace("　", "", StringComparison.Ordinal)));
            case "select":
                // The choices are known, so one misread character (邊動車 for 自動車) still finds the right one.
                var option = field.Options.FirstOrDefault(o => Compact(text).Contains(Compact(o), StringComparison.Ordinal))
                    ?? field.Options.Select(o => (Option: o, Distance: Distance(Compact(o), Compact(text))))
                        .Where(o => o.Distance <= Math.Max(1, o.Option.Length / 4)).OrderBy(o => o.Distance).Select(o => o.Option).FirstOrDefault();
                return option is null ? (text, false) : (option, true);
            default:
                // Japanese writing separates family and given name with a full-width space, as the registry does.
                var japanese = JapaneseSpace().Replace(text, "$1　$2");
                return (japanese, japanese.Length > 0);
        }
    }

    /// <summary>Values compared the way a reader would: widths, spaces and dash look-alikes do not count.</summary>
    public static string Compact(string? text) =>
        Ascii(text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal)
            .Replace('ｰ', 'ー').Replace('−', '-').Replace('‐', '-').Replace('—', '-');

    /// <summary>
    /// A date is an era (or none) and three numbers; whatever OCR made of 年, 月 and 日 between them does not matter.
    /// e.g. 「昭和30年5月21晶」 is read as 昭和30年5月21日.
    /// </summary>
    private static string DateShape(string text)
    {
        var numbers = Numbers().Matches(Ascii(text)).Select(m => m.Value).ToList();
        if (numbers.Count != 3)
        {
            return text;
        }
        var era = s_eraLookalikes.FirstOrDefault(e => text.Contains(e.Key, StringComparison.Ordinal)).Value ?? "";
        return era.Length > 0 ? $"{era}{numbers[0]}年{numbers[1]}月{numbers[2]}日" : numbers[0].Length == 4 ? string.Join('-', numbers) : text;
    }

    // Era names and what Tesseract's Japanese model has been seen to read them as.
    private static readonly KeyValuePair<string, string>[] s_eraLookalikes =
    [
        new("令和", "令和"), new("昭和", "昭和"), new("平成", "平成"), new("大正", "大正"), new("明治", "明治"),
        new("信和", "令和"), new("今和", "令和"), new("合和", "令和"), new("昭利", "昭和"), new("平戌", "平成"),
    ];

    /// <summary>Levenshtein distance: the characters to change, add or drop to turn one text into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }

    private static string ToKatakana(string text) => new([.. text.Select(c => c is >= 'ぁ' and <= 'ゖ' ? (char)(c + 0x60) : c)]);

    private static string Squeeze(string read) => WhiteSpace().Replace(read.Normalize(NormalizationForm.FormKC), " ").Trim();

    private static string Ascii(string text) => text.Normalize(NormalizationForm.FormKC);

    private static string Digits(string text) => new([.. Ascii(text).Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"([^\x00-\x7F]) ([^\x00-\x7F])")]
    private static partial Regex JapaneseSpace();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[^0-9-]")]
    private static partial Regex PhoneText();

    [GeneratedRegex(@"^0\d{1,4}-\d{1,4}-\d{3,4}$|^0\d{9,10}$")]
    private static partial Regex PhoneShape();

    // OCR reads the long-vowel mark after katakana as the kanji 一 or a dash.
    [GeneratedRegex(@"(\p{IsKatakana})[一\-－―‐]")]
    private static partial Regex ProlongedMark();
}
