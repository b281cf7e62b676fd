using System.Globalization;
using Tsunagu.Web.Platform.Files;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

public sealed record AnswerRow(string Label, string Value, string? Source);

/// <summary>Answers as people read them: dates in 和暦, yes/no in words, money with 円.</summary>
public static class AnswerSummary
{
    public static IEnumerable<AnswerRow> Rows(PageDefinition page, FormAnswers answers)
    {
        foreach (var f in page.Fields.Where(f => FormLogic.IsShown(f, answers)))
        {
            if (f.Type == FieldTypes.Group)
            {
                var count = answers.GroupCount(f.Id);
                for (var i = 0; i < count; i++)
                {
                    foreach (var c in f.Fields)
                    {
                        var key = $"{f.Id}[{i}].{c.Id}";
                        yield return new AnswerRow($"{f.Label} {i + 1}: {c.Label}", Display(c, key, answers), answers[key + ".source"]);
                    }
                }
                continue;
            }
            yield return new AnswerRow(f.Label, Display(f, f.Id, answers), answers[f.Id + ".source"]);
        }
    }

    public static string Display(FieldDefinition f, string key, FormAnswers answers)
    {
        var v = answers[key];
        return f.Type switch
        {
            FieldTypes.Date when DateOnly.TryParse(v, CultureInfo.InvariantCulture, out var d) => Wareki.Format(d),
            FieldTypes.YesNo => v switch { "yes" => "はい", "no" => "いいえ", _ => "" },
            FieldTypes.Consent => v == "yes" ? "同意します" : "",
            FieldTypes.Money when long.TryParse(v, CultureInfo.InvariantCulture, out var m) => m.ToString("N0", CultureInfo.InvariantCulture) + "円",
            FieldTypes.Checkbox => string.Join("、", answers.Choices(key)),
            FieldTypes.File => StoredFile.FromReference(v)?.FileName ?? "",
            FieldTypes.BankAccount when answers[key + ".number"] is not null =>
                $"金融機関 {answers[key + ".bank"]} 支店 {answers[key + ".branch"]} {answers[key + ".kind"]} {answers[key + ".number"]} {answers[key + ".holder"]}",
            _ => v ?? "",
        };
    }
}
