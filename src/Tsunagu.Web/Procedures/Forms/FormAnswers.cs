using System.Text.Json;

namespace Tsunagu.Web.Procedures.Forms;

/// <summary>
/// The answers of one application, flat: <c>name</c>, <c>account.bank</c>, <c>children[0].name</c>,
/// checkbox choices joined by <see cref="ChoiceSeparator"/>, files as <see cref="Platform.Files.StoredFile"/> references.
/// </summary>
public sealed class FormAnswers
{
    public const char ChoiceSeparator = '\u001f';

    private readonly SortedDictionary<string, string> _values;

    public FormAnswers(IDictionary<string, string>? values = null) =>
        _values = new SortedDictionary<string, string>(values ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? this[string key] => _values.GetValueOrDefault(key);

    public void Set(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            _values.Remove(key);
        }
        else
        {
            _values[key] = value;
        }
    }

    /// <summary>Removes a field and everything under it (group entries, bank-account parts).</summary>
    public void RemoveField(string id)
    {
        foreach (var key in _values.Keys.Where(k => k == id || k.StartsWith(id + ".", StringComparison.Ordinal) || k.StartsWith(id + "[", StringComparison.Ordinal)).ToList())
        {
            _values.Remove(key);
        }
    }

    public int GroupCount(string id) =>
        int.TryParse(this[id + ".count"], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    public IReadOnlyList<string> Choices(string id) =>
        this[id] is { } v ? v.Split(ChoiceSeparator) : [];

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static FormAnswers FromJson(string? json) =>
        new(string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json));
}
