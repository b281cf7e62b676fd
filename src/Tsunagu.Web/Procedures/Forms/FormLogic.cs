using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Forms;

/// <summary>Conditional visibility and requirement, evaluated on the server from the answers.</summary>
public static class FormLogic
{
    public static bool Holds(Condition? c, FormAnswers answers)
    {
        if (c is null)
        {
            return true;
        }
        var value = answers[c.Field];
        if (c.NotEmpty is { } notEmpty)
        {
            return string.IsNullOrEmpty(value) != notEmpty;
        }
        if (c.In is { } values)
        {
            return answers.Choices(c.Field).Any(values.Contains);
        }
        // Checkbox answers hold several choices: "equals" means "one of them is".
        return answers.Choices(c.Field).Contains(c.EqualsValue ?? "");
    }

    public static bool IsShown(FieldDefinition f, FormAnswers answers) => Holds(f.ShowIf, answers);

    public static bool IsRequired(FieldDefinition f, FormAnswers answers) =>
        IsShown(f, answers) && (f.Required || (f.RequiredIf is not null && Holds(f.RequiredIf, answers)));

    public static IEnumerable<PageDefinition> VisiblePages(FormDefinition form, FormAnswers answers) =>
        form.Pages.Where(p => Holds(p.ShowIf, answers));

    /// <summary>Plain-Japanese note shown under a conditional field, since without JavaScript every field is on screen.</summary>
    public static string? ConditionNote(FieldDefinition f, FormDefinition form)
    {
        if (f.ShowIf is not { } c)
        {
            return null;
        }
        var label = form.AllFields.FirstOrDefault(x => x.Id == c.Field)?.Label ?? c.Field;
        var value = c.EqualsValue switch { "yes" => "はい", "no" => "いいえ", { } v => v, null => null };
        return value is not null ? $"「{label}」で「{value}」を選んだ方だけ答えてください。"
            : c.In is { } list ? $"「{label}」で「{string.Join("」「", list)}」を選んだ方だけ答えてください。"
            : $"「{label}」に答えた方だけ答えてください。";
    }

    /// <summary>HTML id of an answer key: children[0].name → f-children-0-name.</summary>
    public static string HtmlId(string key) =>
        "f-" + key.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '-');
}
