using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>Checks the working copy and publishes it as the next version.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed partial class PublishModel(ProcedureBuilder builder) : BuilderPageModel(builder)
{
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public bool HasChanges { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        HasChanges = await Builder.HasChangesAsync(id, ct);
        Problems = CatalogueValidator.Validate(Procedure with { Version = Math.Max(1, Procedure.Version) });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var outcome = await Builder.PublishAsync(Procedure.Id, StaffId, ct);
        if (outcome.Version is { } version)
        {
            Done = $"第{version}版として公開しました。";
            return Redirect($"/staff/procedures/{Procedure.Id}/edit");
        }
        HasChanges = await Builder.HasChangesAsync(id, ct);
        Problems = outcome.Problems;
        ModelState.AddModelError("problems", $"公開できません。{Problems.Count}件の問題を直してください。");
        return Page();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^form\.pages\[(\d+)\]\.fields\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex FieldPath();

    /// <summary>Where the problem is, in the words staff see on screen ("1ページ目「…」の2番目の項目「…」").</summary>
    public string? Location(string problem)
    {
        var match = FieldPath().Match(problem);
        if (!match.Success)
        {
            return null;
        }
        var (p, f) = (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var page = FormEdits.Has(Form.Pages, p) ? Form.Pages[p] : null;
        var field = page is not null && FormEdits.Has(page.Fields, f) ? page.Fields[f] : null;
        return $"{p + 1}ページ目「{page?.Title}」の{f + 1}番目の項目「{field?.Label}」";
    }

    /// <summary>The editor page where a problem can be fixed, read from its path (form.pages[0].fields[2]…).</summary>
    public string FixUrl(string problem)
    {
        var match = FieldPath().Match(problem);
        return match.Success
            ? $"/staff/procedures/{Procedure.Id}/form/{int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}/{int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : problem.StartsWith("form", StringComparison.Ordinal) ? $"/staff/procedures/{Procedure.Id}/form" : $"/staff/procedures/{Procedure.Id}/edit";
    }
}
