using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>What every page editing one procedure shares: loading its working copy and saving with Post/Redirect/Get.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public abstract class BuilderPageModel(ProcedureBuilder builder) : PageModel
{
    protected ProcedureBuilder Builder => builder;

    public ProcedureDefinition Procedure { get; private set; } = null!;

    public FormDefinition Form => FormEdits.FormOf(Procedure);

    /// <summary>Set after a successful change, shown once on the next page.</summary>
    [TempData] public string? Done { get; set; }

    protected string StaffId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    protected async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id.Length > 100 || await builder.OpenAsync(id, ct) is not { } definition)
        {
            return false;
        }
        Procedure = definition;
        return true;
    }

    protected async Task<IActionResult> SaveAsync(ProcedureDefinition changed, string message, string url, CancellationToken ct)
    {
        await builder.SaveAsync(changed with { Id = Procedure.Id }, StaffId, ct);
        Done = message;
        return Redirect(url);
    }

    protected void AddProblem(string key, string? problem)
    {
        if (problem is not null)
        {
            ModelState.AddModelError(key, problem);
        }
    }
}
