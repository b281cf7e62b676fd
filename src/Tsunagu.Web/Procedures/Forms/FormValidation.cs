using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Forms;

/// <summary>The check before submission: every visible page again, from the stored answers.</summary>
public static class FormValidation
{
    /// <summary>Returns the first page with a problem and the problem, or null when the form can be submitted.</summary>
    public static (int PageIndex, string Message)? FirstProblem(FormDefinition form, FormAnswers answers)
    {
        for (var pi = 0; pi < form.Pages.Count; pi++)
        {
            var page = form.Pages[pi];
            if (!FormLogic.Holds(page.ShowIf, answers))
            {
                continue;
            }
            foreach (var f in page.Fields.Where(f => FormLogic.IsShown(f, answers)))
            {
                if (Problem(f, f.Id, answers, FormLogic.IsRequired(f, answers)) is { } message)
                {
                    return (pi, message);
                }
            }
        }
        return null;
    }

    private static string? Problem(FieldDefinition f, string key, FormAnswers answers, bool required)
    {
        if (answers[key + ".invalid"] is not null)
        {
            return $"{f.Label}の入力内容を直してください。";
        }
        switch (f.Type)
        {
            case FieldTypes.Group:
                var count = answers.GroupCount(key);
                if (required && count < Math.Max(1, f.Min ?? 1))
                {
                    return $"{f.Label}を入力してください。";
                }
                for (var i = 0; i < count; i++)
                {
                    foreach (var child in f.Fields)
                    {
                        if (Problem(child, $"{key}[{i}].{child.Id}", answers, child.Required) is { } m)
                        {
                            return m;
                        }
                    }
                }
                return null;
            case FieldTypes.BankAccount:
                return required && answers[key + ".number"] is null ? $"{f.Label}を入力してください。" : null;
            case FieldTypes.File or FieldTypes.Checkbox or FieldTypes.Consent:
                return required && answers[key] is null ? $"{f.Label}を入力してください。" : null;
            default:
                var value = answers[key];
                if (value is null)
                {
                    return required ? $"{f.Label}を入力してください。" : null;
                }
                return FieldCheck.Check(f, value).Error;
        }
    }
}
