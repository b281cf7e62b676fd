namespace Tsunagu.Web.Procedures.Staff;

/// <summary>Checks on what staff type into the builder, so a huge or binary value never reaches a published form.</summary>
internal static class BuilderInput
{
    public const int ShortText = 200;
    public const int LongText = 2000;
    public const int MaxItems = 100;

    /// <summary>A polite message naming the field, or null when the value is acceptable (empty counts as acceptable).</summary>
    public static string? Problem(string? value, int max, string name, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length > max)
        {
            return $"{name}は{max}文字以内で入力してください。";
        }
        return value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            ? $"{name}に使えない文字が含まれています。"
            : null;
    }

    /// <summary>One entry per non-empty line, trimmed, without duplicates.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Checks a list typed one entry per line.</summary>
    public static string? LinesProblem(string? text, string name) =>
        Problem(text, LongText * 5, name, multiline: true)
        ?? (Lines(text) is var lines && lines.Count > MaxItems ? $"{name}は{MaxItems}個までにしてください。"
            : lines.Any(l => l.Length > ShortText) ? $"{name}はひとつ{ShortText}文字以内で入力してください。" : null);

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
