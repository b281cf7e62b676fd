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
                var date = Wareki.Parse(text.Replace(" ", "", StringComparison.Ordinal));
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
                var kana = ProlongedMark().Replace(text.Replace(" ", "　", StringComparison.Ordinal), "$1ー");
                return (kana, Kana.IsKatakana(kana.Replace("　", "", StringComparison.Ordinal)));
            case "select":
                var option = field.Options.FirstOrDefault(o => Compact(text).Contains(Compact(o), StringComparison.Ordinal))
                    ?? field.Options.FirstOrDefault(o => Compact(o).Contains(Compact(text), StringComparison.Ordinal) && Compact(text).Length >= 3);
                return option is null ? (text, false) : (option, true);
            default:
                return (text, text.Length > 0);
        }
    }

    /// <summary>Values compared the way a reader would: widths, spaces and dash look-alikes do not count.</summary>
    public static string Compact(string? text) =>
        Ascii(text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal)
            .Replace('ｰ', 'ー').Replace('−', '-').Replace('‐', '-').Replace('—', '-');

    private static string Squeeze(string read) => WhiteSpace().Replace(read.Normalize(NormalizationForm.FormKC), " ").Trim();

    private static string Ascii(string text) => text.Normalize(NormalizationForm.FormKC);

    private static string Digits(string text) => new([.. Ascii(text).Where(char.IsAsciiDigit)]);

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
