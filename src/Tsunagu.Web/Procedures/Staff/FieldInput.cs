using System.Globalization;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>The field edit form; numbers arrive as text so mistakes get a Japanese message.</summary>
public sealed class FieldInput
{
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string? MaxLength { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? Options { get; set; }
    public string? Prefill { get; set; }
    public string? ShowIfField { get; set; }
    public string? ShowIfValue { get; set; }
    public string? RequiredIfField { get; set; }
    public string? RequiredIfValue { get; set; }
    public List<string> Accept { get; set; } = [];

    private static readonly char[] s_valueSeparators = ['、', ','];

    public static FieldInput From(FieldDefinition f) => new()
    {
        Label = f.Label,
        Hint = f.Hint,
        Required = f.Required,
        Options = string.Join('\n', f.Options),
        Prefill = f.Prefill,
        MaxLength = f.MaxLength?.ToString(CultureInfo.InvariantCulture),
        Min = f.Min?.ToString(CultureInfo.InvariantCulture),
        Max = f.Max?.ToString(CultureInfo.InvariantCulture),
        ShowIfField = f.ShowIf?.Field,
        ShowIfValue = ValueOf(f.ShowIf),
        RequiredIfField = f.RequiredIf?.Field,
        RequiredIfValue = ValueOf(f.RequiredIf),
        Accept = [.. f.Accept],
    };

    public List<(string Key, string Message)> Problems(IReadOnlyCollection<string> otherFieldIds)
    {
        var problems = new List<(string, string?)>
        {
            ("Input.Label", string.IsNullOrWhiteSpace(Label) ? "質問の文を入力してください。" : BuilderInput.Problem(Label, BuilderInput.ShortText, "質問の文")),
            ("Input.Hint", BuilderInput.Problem(Hint, BuilderInput.LongText, "説明", multiline: true)),
            ("Input.Options", BuilderInput.LinesProblem(Options, "選択肢")),
            ("Input.MaxLength", Number(MaxLength, 1, 10_000) ? null : "最大の文字数は1から10000までの整数で入力してください。"),
            ("Input.Min", Number(Min, -1_000_000_000, 1_000_000_000) ? null : "最小値は整数で入力してください。"),
            ("Input.Max", Number(Max, -1_000_000_000, 1_000_000_000) ? null : "最大値は整数で入力してください。"),
            ("Input.Prefill", Prefill is null || Vocabulary.PrefillSources.Contains(Prefill) ? null : "自動入力の元を一覧から選んでください。"),
            ("Input.ShowIfField", ShowIfField is null || otherFieldIds.Contains(ShowIfField) ? null : "表示の条件にする項目を一覧から選んでください。"),
            ("Input.ShowIfValue", BuilderInput.Problem(ShowIfValue, BuilderInput.ShortText, "表示の条件の値")),
            ("Input.RequiredIfField", RequiredIfField is null || otherFieldIds.Contains(RequiredIfField) ? null : "必須の条件にする項目を一覧から選んでください。"),
            ("Input.RequiredIfValue", BuilderInput.Problem(RequiredIfValue, BuilderInput.ShortText, "必須の条件の値")),
            ("Input.Accept", Accept.All(FieldTypes.FileKinds.Contains) ? null : "ファイルの種類を一覧から選んでください。"),
        };
        return problems.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!)).ToList();
    }

    /// <summary>The field with these settings; its id, type and group sub-fields stay as they are.</summary>
    public FieldDefinition ApplyTo(FieldDefinition f) => f with
    {
        Label = Label!.Trim(),
        Hint = BuilderInput.Clean(Hint),
        Required = Required,
        MaxLength = Parse(MaxLength) is { } n ? (int)n : null,
        Min = Parse(Min),
        Max = Parse(Max),
        Options = FieldTypes.WithOptions.Contains(f.Type) ? BuilderInput.Lines(Options) : [],
        Prefill = BuilderInput.Clean(Prefill),
        ShowIf = ConditionOf(ShowIfField, ShowIfValue),
        RequiredIf = ConditionOf(RequiredIfField, RequiredIfValue),
        Accept = f.Type == FieldTypes.File ? FieldTypes.FileKinds.Where(Accept.Contains).ToList() : [],
    };

    /// <summary>No value means "answered at all"; several values separated by 、 mean "any of these".</summary>
    public static Condition? ConditionOf(string? field, string? value)
    {
        if (BuilderInput.Clean(field) is not { } id)
        {
            return null;
        }
        var values = (value ?? "").Split(s_valueSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return values.Length switch
        {
            0 => new Condition { Field = id, NotEmpty = true },
            1 => new Condition { Field = id, EqualsValue = values[0] },
            _ => new Condition { Field = id, In = values.Distinct().ToList() },
        };
    }

    public static string? ValueOf(Condition? c) => c?.EqualsValue ?? (c?.In is { } list ? string.Join("、", list) : null);

    private static bool Number(string? text, long min, long max) =>
        string.IsNullOrWhiteSpace(text) || (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);

    private static long? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : long.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
