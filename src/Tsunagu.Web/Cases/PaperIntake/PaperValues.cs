namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>The values staff confirm for a scan, checked field by field as the online form would check them.</summary>
public static class PaperValues
{
    public static (Dictionary<string, string> Answers, List<PaperIntakeError> Errors) Check(PaperFormTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<PaperIntakeError>();
        foreach (var field in template.Fields)
        {
            var text = values.GetValueOrDefault(field.FieldId)?.Trim() ?? "";
            if (text.Length == 0)
            {
                if (field.Required)
                {
                    errors.Add(new($"「{field.Label}」を入力してください。", field.FieldId));
                }
                continue;
            }
            if (text.Length > 200)
            {
                errors.Add(new($"「{field.Label}」は200文字以内で入力してください。", field.FieldId));
                continue;
            }
            var (value, wellFormed) = PaperFieldKinds.Normalize(field, text);
            if (!wellFormed)
            {
                errors.Add(new($"「{field.Label}」は{ShapeOf(field)}で入力してください。", field.FieldId));
                continue;
            }
            answers[field.FieldId] = value;
        }
        return (answers, errors);
    }

    /// <summary>The value of the field that the online form prefills from <paramref name="prefill"/> (the applicant's name, kana…).</summary>
    public static string? ByPrefill(PaperFormTemplate template, IReadOnlyDictionary<string, string> answers, string prefill) =>
        template.Fields.FirstOrDefault(f => f.Prefill == prefill) is { } field ? answers.GetValueOrDefault(field.FieldId) : null;

    private static string ShapeOf(PaperField field) => field.Type switch
    {
        "date" => "「昭和30年4月1日」や「1955-04-01」の形",
        "postal-code" => "7けたの数字（例: 879-4895）",
        "phone" => "0から始まる電話番号（例: 0973-76-3800）",
        "number" => "数字",
        "katakana" => "カタカナ",
        "select" => $"次のどれか（{string.Join("・", field.Options)}）",
        _ => "正しい形",
    };
}
