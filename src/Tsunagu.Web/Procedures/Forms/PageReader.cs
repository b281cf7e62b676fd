using System.Globalization;
using Tsunagu.Web.Platform.Files;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Forms;

/// <summary>Reads one posted page into the answers and checks it. Errors are keyed by the input's HTML id.</summary>
public sealed class PageReader(FileStore files)
{
    public const int MaxGroupEntries = 20;

    public async Task<Dictionary<string, string>> ReadAsync(
        PageDefinition page, FormDefinition form, FormAnswers answers, IFormCollection posted, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        // First store what was typed, so a condition on this same page sees the new values.
        foreach (var f in page.Fields)
        {
            await ReadFieldAsync(f, f.Id, answers, posted, errors, ct);
        }
        foreach (var f in page.Fields)
        {
            if (!FormLogic.IsShown(f, answers))
            {
                answers.RemoveField(f.Id);
                errors.Keys.Where(k => k.StartsWith(FormLogic.HtmlId(f.Id), StringComparison.Ordinal)).ToList().ForEach(k => errors.Remove(k));
                continue;
            }
            CheckRequired(f, f.Id, answers, errors, FormLogic.IsRequired(f, answers));
        }
        return errors;
    }

    private async Task ReadFieldAsync(FieldDefinition f, string key, FormAnswers answers, IFormCollection posted, Dictionary<string, string> errors, CancellationToken ct)
    {
        switch (f.Type)
        {
            case FieldTypes.Checkbox:
                var chosen = posted[key].Select(FieldCheck.Clean).Where(v => v.Length > 0).Distinct().ToList();
                if (chosen.Any(c => !f.Options.Contains(c)))
                {
                    errors[FormLogic.HtmlId(key)] = $"{f.Label}は、選択肢の中から選んでください。";
                    return;
                }
                answers.Set(key, string.Join(FormAnswers.ChoiceSeparator, f.Options.Where(chosen.Contains)));
                return;
            case FieldTypes.BankAccount:
                foreach (var (part, error) in BankAccountCheck.Read(f.Label, key, posted, answers))
                {
                    errors[FormLogic.HtmlId(key + "." + part)] = error;
                }
                return;
            case FieldTypes.Group:
                await ReadGroupAsync(f, key, answers, posted, errors, ct);
                return;
            case FieldTypes.File:
                await ReadFileAsync(f, key, answers, posted, errors, ct);
                return;
            case FieldTypes.Consent:
                answers.Set(key, posted[key].ToString() == "yes" ? "yes" : null);
                return;
            default:
                var raw = posted[key].ToString();
                var result = FieldCheck.Check(f, raw);
                if (result.Value != answers[key])
                {
                    // The resident changed a prefilled value: it no longer comes from the registry or an earlier application.
                    answers.Set(key + ".source", null);
                }
                if (result.Error is not null)
                {
                    errors[FormLogic.HtmlId(key)] = result.Error;
                    answers.Set(key, FieldCheck.Clean(raw).Length > 2000 ? null : FieldCheck.Clean(raw));
                    answers.Set(key + ".invalid", "1");
                }
                else
                {
                    answers.Set(key, result.Value);
                    answers.Set(key + ".invalid", null);
                }
                return;
        }
    }

    private async Task ReadGroupAsync(FieldDefinition group, string key, FormAnswers answers, IFormCollection posted, Dictionary<string, string> errors, CancellationToken ct)
    {
        var count = Math.Clamp(int.TryParse(posted[key + ".count"], CultureInfo.InvariantCulture, out var n) ? n : answers.GroupCount(key), 0, MaxGroupEntries);
        for (var i = 0; i < count; i++)
        {
            foreach (var child in group.Fields)
            {
                await ReadFieldAsync(child, $"{key}[{i}].{child.Id}", answers, posted, errors, ct);
            }
        }
        answers.Set(key + ".count", count.ToString(CultureInfo.InvariantCulture));
    }

    private async Task ReadFileAsync(FieldDefinition f, string key, FormAnswers answers, IFormCollection posted, Dictionary<string, string> errors, CancellationToken ct)
    {
        var upload = posted.Files.GetFile(key);
        if (upload is null || upload.Length == 0)
        {
            return; // keep the file chosen earlier
        }
        if (upload.Length > FileStore.MaxBytes)
        {
            errors[FormLogic.HtmlId(key)] = $"{f.Label}のファイルが大きすぎます。10MB以下のファイルを選んでください。";
            return;
        }
        var accepted = f.Accept.Count > 0 ? f.Accept : FieldTypes.FileKinds;
        await using var stream = upload.OpenReadStream();
        var (stored, error) = await files.SaveAsync(stream, upload.FileName, accepted, ct);
        if (stored is null)
        {
            errors[FormLogic.HtmlId(key)] = error == "too-large"
                ? $"{f.Label}のファイルが大きすぎます。10MB以下のファイルを選んでください。"
                : $"{f.Label}は、{string.Join("・", accepted.Select(a => a.ToUpperInvariant()))}のファイルを選んでください。ファイルの中身が名前と違うようです。";
            return;
        }
        answers.Set(key, stored.ToReference());
    }

    private static void CheckRequired(FieldDefinition f, string key, FormAnswers answers, Dictionary<string, string> errors, bool required)
    {
        var id = FormLogic.HtmlId(key);
        if (f.Type == FieldTypes.Group)
        {
            var count = answers.GroupCount(key);
            if (required && count < Math.Max(1, f.Min ?? 1))
            {
                errors.TryAdd(id, $"{f.Label}を{Math.Max(1, f.Min ?? 1)}件以上入力してください。「追加する」で入力欄が増えます。");
            }
            for (var i = 0; i < count; i++)
            {
                foreach (var child in f.Fields)
                {
                    CheckRequired(child with { Label = $"{f.Label}({i + 1}人目)の{child.Label}" }, $"{key}[{i}].{child.Id}", answers, errors, child.Required);
                }
            }
            return;
        }
        if (!required || errors.ContainsKey(id) || errors.Keys.Any(k => k.StartsWith(id + "-", StringComparison.Ordinal)))
        {
            return;
        }
        var empty = f.Type == FieldTypes.BankAccount ? answers[key + ".number"] is null : answers[key] is null;
        if (empty)
        {
            errors[f.Type == FieldTypes.BankAccount ? FormLogic.HtmlId(key + ".bank") : id] = f.Type switch
            {
                FieldTypes.Select or FieldTypes.Radio or FieldTypes.YesNo or FieldTypes.Checkbox => $"{f.Label}を選んでください。",
                FieldTypes.File => $"{f.Label}のファイルを選んでください。",
                FieldTypes.Consent => $"{f.Label}に同意される場合は、チェックを入れてください。",
                _ => $"{f.Label}を入力してください。",
            };
        }
    }
}
