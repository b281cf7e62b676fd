using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>The form part of the catalogue checks: types, ids, options and conditions.</summary>
internal static class FormRules
{
    public static void Validate(FormDefinition form, List<string> errors)
    {
        if (form.Pages.Count == 0)
        {
            errors.Add("form.pages: at least one page is required");
        }
        if (string.IsNullOrWhiteSpace(form.Declaration))
        {
            errors.Add("form.declaration: is required");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pageIds = new HashSet<string>(StringComparer.Ordinal);
        for (var pi = 0; pi < form.Pages.Count; pi++)
        {
            var page = form.Pages[pi];
            var pagePath = $"form.pages[{pi}]";
            if (string.IsNullOrWhiteSpace(page.Id) || !pageIds.Add(page.Id))
            {
                errors.Add($"{pagePath}.id: missing or used twice");
            }
            if (string.IsNullOrWhiteSpace(page.Title))
            {
                errors.Add($"{pagePath}.title: is required");
            }
            if (page.Fields.Count == 0)
            {
                errors.Add($"{pagePath}.fields: a page needs at least one field");
            }
            ValidateFields(page.Fields, $"{pagePath}.fields", ids, errors, inGroup: false);
        }
        var all = form.AllFields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        for (var pi = 0; pi < form.Pages.Count; pi++)
        {
            CheckCondition(form.Pages[pi].ShowIf, $"form.pages[{pi}].showIf", all, errors);
            for (var fi = 0; fi < form.Pages[pi].Fields.Count; fi++)
            {
                var f = form.Pages[pi].Fields[fi];
                CheckCondition(f.ShowIf, $"form.pages[{pi}].fields[{fi}].showIf", all, errors);
                CheckCondition(f.RequiredIf, $"form.pages[{pi}].fields[{fi}].requiredIf", all, errors);
            }
        }
    }

    private static void ValidateFields(IReadOnlyList<FieldDefinition> fields, string path, HashSet<string> ids, List<string> errors, bool inGroup)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var at = $"{path}[{i}]";
            if (string.IsNullOrWhiteSpace(f.Id) || !ids.Add(f.Id) || f.Id.Contains('.', StringComparison.Ordinal) || f.Id.Contains('[', StringComparison.Ordinal))
            {
                errors.Add($"{at}.id: '{f.Id}' is missing, used twice or contains '.' or '['");
            }
            if (!FieldTypes.All.Contains(f.Type))
            {
                errors.Add($"{at}.type: unknown field type '{f.Type}'");
            }
            if (string.IsNullOrWhiteSpace(f.Label))
            {
                errors.Add($"{at}.label: is required");
            }
            if (FieldTypes.WithOptions.Contains(f.Type) && (f.Options.Count == 0 || f.Options.Distinct().Count() != f.Options.Count))
            {
                errors.Add($"{at}.options: '{f.Type}' needs a list of distinct options");
            }
            if (f.Prefill is not null && !Vocabulary.PrefillSources.Contains(f.Prefill))
            {
                errors.Add($"{at}.prefill: unknown source '{f.Prefill}'");
            }
            if (f.Accept.Any(a => !FieldTypes.FileKinds.Contains(a)))
            {
                errors.Add($"{at}.accept: only pdf, jpeg and png are accepted");
            }
            if (f.Min is { } min && f.Max is { } max && min > max)
            {
                errors.Add($"{at}.min: is larger than max");
            }
            if (f.Type == FieldTypes.Group)
            {
                if (inGroup || f.Fields.Count == 0)
                {
                    errors.Add($"{at}.fields: a group needs fields and cannot contain another group");
                }
                ValidateFields(f.Fields, $"{at}.fields", new HashSet<string>(StringComparer.Ordinal), errors, inGroup: true);
            }
        }
    }

    private static void CheckCondition(Condition? c, string path, Dictionary<string, FieldDefinition> fields, List<string> errors)
    {
        if (c is null)
        {
            return;
        }
        if (!fields.ContainsKey(c.Field))
        {
            errors.Add($"{path}.field: '{c.Field}' is not a field of this form");
        }
        var kinds = (c.EqualsValue is null ? 0 : 1) + (c.In is null ? 0 : 1) + (c.NotEmpty is null ? 0 : 1);
        if (kinds != 1)
        {
            errors.Add($"{path}: give exactly one of equals, in or notEmpty");
        }
    }
}
