using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>A page of the working copy drawn with the resident's own field partial; nothing is submitted or stored.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class PreviewModel(ProcedureBuilder builder) : BuilderPageModel(builder)
{
    public int Step { get; private set; }
    public PageDefinition? FormPage { get; private set; }
    public FormAnswers Answers { get; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; } = new Dictionary<string, string>();

    public string StepUrl(int step) => $"/staff/procedures/{Procedure.Id}/preview/{step}";

    public async Task<IActionResult> OnGetAsync(string id, string step, CancellationToken ct)
    {
        if (!int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Form.Pages.Count == 0 && n == 1)
        {
            return Page();
        }
        if (!FormEdits.Has(Form.Pages, n - 1))
        {
            return NotFound();
        }
        (Step, FormPage) = (n, Form.Pages[n - 1]);
        return Page();
    }
}
