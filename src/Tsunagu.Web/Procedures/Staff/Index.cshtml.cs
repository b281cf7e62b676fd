using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>One row of the list: the published version and the working copy, either of which may be missing.</summary>
public sealed record BuilderRow(string Id, ProcedureDefinition Shown, ProcedureDefinition? Published, bool HasChanges)
{
    public bool Online => Published is { Published: true, IsOnline: true };
}

[Authorize(Policy = StaffPolicies.Admin)]
[RequestFormLimits(MultipartBodyLengthLimit = ProcedureBuilder.MaxImportBytes + 64 * 1024)]
[RequestSizeLimit(ProcedureBuilder.MaxImportBytes + 64 * 1024)]
public sealed class IndexModel(ProcedureBuilder builder, ProcedureCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty] public string NewId { get; set; } = "";
    [BindProperty] public string NewName { get; set; } = "";
    [BindProperty] public string NewDepartment { get; set; } = "";
    [BindProperty] public string NewCategory { get; set; } = "";

    public IReadOnlyList<BuilderRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> ImportProblems { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    private string StaffId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken ct) => await ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var problems = await builder.CreateAsync(NewId ?? "", NewName ?? "", NewDepartment ?? "", NewCategory ?? "", StaffId, ct);
        if (problems.Count == 0)
        {
            Done = "手続きを作りました。続けて基本情報を入力してください。";
            return Redirect($"/staff/procedures/{NewId!.Trim()}/edit");
        }
        foreach (var p in problems)
        {
            ModelState.AddModelError(p.Field, p.Message);
        }
        await ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > ProcedureBuilder.MaxImportBytes)
        {
            ModelState.AddModelError("file", "取り込むJSONファイル(512KBまで)を選んでください。");
            await ListAsync(ct);
            return Page();
        }
        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, false));
        var (id, problems) = await builder.ImportAsync(await reader.ReadToEndAsync(ct), StaffId, ct);
        if (id is null)
        {
            ModelState.AddModelError("file", "ファイルに問題があるため、取り込めませんでした。下の一覧を確認してください。");
            ImportProblems = problems.Take(50).ToList();
            await ListAsync(ct);
            return Page();
        }
        Done = "取り込みました。内容を確認してから公開してください。";
        return Redirect($"/staff/procedures/{id}/edit");
    }

    private async Task ListAsync(CancellationToken ct)
    {
        var rows = catalogue.All.ToDictionary(p => p.Id, p => new BuilderRow(p.Id, p, p, false));
        foreach (var copy in await builder.WorkingCopiesAsync(ct))
        {
            var published = rows.GetValueOrDefault(copy.ProcedureId)?.Published;
            rows[copy.ProcedureId] = new BuilderRow(copy.ProcedureId, ProcedureBuilder.Read(copy.DefinitionJson), published, true);
        }
        Rows = rows.Values
            .Where(r => string.IsNullOrEmpty(Category) || r.Shown.Category == Category)
            .OrderBy(r => r.Shown.Category, StringComparer.Ordinal).ThenBy(r => r.Shown.Reading, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }
}
