using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Town;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

// Files are read by the page itself, so the default form size limit must not cut them off first.
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024, ValueLengthLimit = 64 * 1024)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class StepModel(ApplicationJourney journey, PageReader reader) : PageModel
{
    public Guid DraftId { get; private set; }
    public int Step { get; private set; }
    public int PageCount { get; private set; }
    public ProcedureDefinition Procedure { get; private set; } = null!;
    public PageDefinition FormPage { get; private set; } = null!;
    public FormAnswers Answers { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    private Draft? _draft;

    public async Task<IActionResult> OnGetAsync(Guid draftId, int step, CancellationToken ct) =>
        await LoadAsync(draftId, step, ct) is { } missing ? missing : Page();

    public async Task<IActionResult> OnPostAsync(Guid draftId, int step, string? action, CancellationToken ct)
    {
        if (await LoadAsync(draftId, step, ct) is { } missing)
        {
            return missing;
        }
        var draft = _draft!;
        var errors = await reader.ReadAsync(FormPage, Procedure.Form!, Answers, Request.Form, ct);
        action ??= "next";
        if (action.StartsWith("add:", StringComparison.Ordinal) || action.StartsWith("remove:", StringComparison.Ordinal) || action.StartsWith("postal:", StringComparison.Ordinal))
        {
            ApplyEdit(action);
            await journey.SaveAsync(draft, Answers, ct);
            return Redirect($"/apply/{draftId}/{step}");
        }
        // Save what was typed even when it has mistakes: nothing entered is lost.
        await journey.SaveAsync(draft, Answers, ct);
        if (action == "save")
        {
            return Redirect($"/apply/{draftId}/saved");
        }
        if (errors.Count > 0)
        {
            Errors = errors;
            foreach (var (key, message) in errors)
            {
                ModelState.AddModelError(key, message);
            }
            return Page();
        }
        return Redirect(NextStep(step));
    }

    private void ApplyEdit(string action)
    {
        var parts = action.Split(':');
        var key = parts[1];
        if (parts[0] == "postal" && Answers[key] is { } code && TownPostalCodes.AddressPrefix(code) is { } prefix)
        {
            var address = FormPage.Fields.FirstOrDefault(f => f.Type == FieldTypes.Address);
            if (address is not null && string.IsNullOrEmpty(Answers[address.Id]))
            {
                Answers.Set(address.Id, prefix);
            }
            return;
        }
        var count = Answers.GroupCount(key);
        if (parts[0] == "add" && count < PageReader.MaxGroupEntries)
        {
            Answers.Set(key + ".count", (count + 1).ToString(CultureInfo.InvariantCulture));
        }
        else if (parts[0] == "remove" && parts.Length == 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var index) && index < count)
        {
            GroupEntries.Remove(Answers, key, index, count);
        }
    }

    private string NextStep(int step)
    {
        for (var next = step; next < Procedure.Form!.Pages.Count; next++)
        {
            if (FormLogic.Holds(Procedure.Form.Pages[next].ShowIf, Answers))
            {
                return $"/apply/{DraftId}/{next + 1}";
            }
        }
        return $"/apply/{DraftId}/review";
    }

    private async Task<IActionResult?> LoadAsync(Guid draftId, int step, CancellationToken ct)
    {
        var opened = await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct);
        if (opened is not { } o || step < 1 || step > o.Procedure.Form!.Pages.Count)
        {
            return NotFound();
        }
        if (o.Draft.SubmittedApplicationId is not null)
        {
            return Redirect($"/apply/{draftId}/done");
        }
        (DraftId, Step, Procedure, _draft) = (draftId, step, o.Procedure, o.Draft);
        PageCount = o.Procedure.Form.Pages.Count;
        FormPage = o.Procedure.Form.Pages[step - 1];
        Answers = FormAnswers.FromJson(o.Draft.AnswersJson);
        return null;
    }
}
