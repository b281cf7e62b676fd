using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Corrections;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.My;

// Files may be among the reopened fields; the page reads them itself, as the application steps do.
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024, ValueLengthLimit = 64 * 1024)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class CorrectModel(ResidentCorrections corrections, PageReader reader, ICurrentResident resident) : PageModel
{
    public OpenCorrection Open { get; private set; } = null!;
    public FormAnswers Answers { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : Redirect($"/my/applications/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, CancellationToken ct)
    {
        // Already answered (a second click, a refresh): nothing is open, so the resident simply sees the application.
        if (!await LoadAsync(id, ct))
        {
            return Redirect($"/my/applications/{id}");
        }
        var errors = await reader.ReadAsync(Open.Page, Open.Procedure.Form!, Answers, Request.Form, ct);
        if (action is not null && EditGroup(action))
        {
            // Adding or removing an entry of a reopened group: show the page again with what was typed.
            return Page();
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
        await corrections.AnswerAsync(Open, Answers, ct);
        return Redirect($"/my/applications/{id}?corrected=1");
    }

    private bool EditGroup(string action)
    {
        var parts = action.Split(':');
        if (parts.Length < 2 || Open.Page.Fields.All(f => f.Id != parts[1]))
        {
            return false;
        }
        var count = Answers.GroupCount(parts[1]);
        if (parts[0] == "add" && count < PageReader.MaxGroupEntries)
        {
            Answers.Set(parts[1] + ".count", (count + 1).ToString(CultureInfo.InvariantCulture));
            return true;
        }
        if (parts[0] == "remove" && parts.Length == 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var index) && index < count)
        {
            Apply.GroupEntries.Remove(Answers, parts[1], index, count);
            return true;
        }
        return false;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await corrections.OpenAsync(resident.AccountId, id, ct) is not { } open)
        {
            return false;
        }
        Open = open;
        Answers = FormAnswers.FromJson(open.Application.AnswersJson);
        return true;
    }
}
