using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Forms;

/// <summary>The outcome of checking one typed value: the normalised value to store, or a message naming the field.</summary>
public sealed record FieldResult(string? Value, string? Error)
{
    public static FieldResult Ok(string? value) => new(value, null);
    public static FieldResult Fail(string error) => new(null, error);
}

/// <summary>Server-side checks of single-value field types. The messages name the field in plain Japanese.</summary>
public static partial class FieldCheck
{
    [GeneratedRegex(@"^0\d{1,4}-?\d{1,4}-?\d{3,4}$")]
    private static partial Regex PhonePattern();

    public static FieldResult Check(FieldDefinition f, string? raw)
    {
        var label = f.Label;
        var text = Clean(raw);
        if (text.Length == 0)
        {
            return FieldResult.Ok(null);
        }
        var max = FieldTypes.MaxLengthOf(f);
        if (text.Length > max && f.Type is not (FieldTypes.Select or FieldTypes.Radio))
        {
            return FieldResult.Fail($"{label}は{max}文字以内で入力してください。");
        }
        return f.Type switch
        {
            FieldTypes.Text or FieldTypes.Textarea or FieldTypes.Address => FieldResult.Ok(text),
            FieldTypes.Katakana => Katakana(label, text),
            FieldTypes.Number or FieldTypes.Money => Integer(f, text),
            FieldTypes.Date => Wareki.Parse(text) is { } d
                ? FieldResult.Ok(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : FieldResult.Fail($"{label}は、例のように日付を入力してください(例: 令和6年4月1日、R6.4.1、2024-04-01)。"),
            FieldTypes.PostalCode => Postal(label, text),
            FieldTypes.Phone => Phone(label, text),
            FieldTypes.Email => Email(label, text),
            FieldTypes.Select or FieldTypes.Radio => f.Options.Contains(text) ? FieldResult.Ok(text) : FieldResult.Fail($"{label}は、選択肢の中から選んでください。"),
            FieldTypes.YesNo => text is "yes" or "no" ? FieldResult.Ok(text) : FieldResult.Fail($"{label}は「はい」か「いいえ」を選んでください。"),
            FieldTypes.Consent => text == "yes" ? FieldResult.Ok(text) : FieldResult.Fail($"{label}に同意される場合は、チェックを入れてください。"),
            _ => FieldResult.Fail($"{label}の形式が正しくありません。"),
        };
    }

    /// <summary>Trims, applies NFKC only where harmless, and removes control characters (a pasted NUL must not be stored).</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Replace("\r", "", StringComparison.Ordinal).Trim();
    }

    private static FieldResult Katakana(string label, string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Replace(' ', '　');
        return Platform.Japanese.Kana.IsKatakana(folded)
            ? FieldResult.Ok(folded)
            : FieldResult.Fail($"{label}は、全角カタカナで入力してください。");
    }

    private static FieldResult Integer(FieldDefinition f, string text)
    {
        var digits = text.Normalize(NormalizationForm.FormKC).Replace(",", "", StringComparison.Ordinal).Replace("円", "", StringComparison.Ordinal);
        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return FieldResult.Fail($"{f.Label}は、半角または全角の数字で入力してください。");
        }
        if (f.Min is { } min && n < min || f.Max is { } max && n > max)
        {
            return FieldResult.Fail($"{f.Label}は、{f.Min?.ToString("N0", CultureInfo.InvariantCulture) ?? "0"}から{f.Max?.ToString("N0", CultureInfo.InvariantCulture) ?? "上限なし"}までの数で入力してください。");
        }
        return FieldResult.Ok(n.ToString(CultureInfo.InvariantCulture));
    }

    private static FieldResult Postal(string label, string text)
    {
        var digits = new string(text.Normalize(NormalizationForm.FormKC).Where(c => c != '-' && c != '〒' && c != ' ').ToArray());
        return digits.Length == 7 && digits.All(char.IsAsciiDigit)
            ? FieldResult.Ok($"{digits[..3]}-{digits[3..]}")
            : FieldResult.Fail($"{label}は、7けたの数字で入力してください(例: 879-4895)。");
    }

    private static FieldResult Phone(string label, string text)
    {
        var t = text.Normalize(NormalizationForm.FormKC).Replace("ー", "-", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return PhonePattern().IsMatch(t) && t.Count(char.IsAsciiDigit) is 10 or 11
            ? FieldResult.Ok(t)
            : FieldResult.Fail($"{label}は、市外局番から数字で入力してください(例: 0973-76-0000)。");
    }

    private static FieldResult Email(string label, string text)
    {
        var t = text.Normalize(NormalizationForm.FormKC);
        return MailAddress.TryCreate(t, out var address) && address.Address == t && t.Contains('.', StringComparison.Ordinal)
            ? FieldResult.Ok(t)
            : FieldResult.Fail($"{label}の形式が正しくありません(例: name@example.jp)。");
    }
}
