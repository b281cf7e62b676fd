using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>The latest published version as a catalogue file, e.g. to share with another municipality.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class ExportModel(ProcedureBuilder builder) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        id.Length <= 100 && await builder.ExportAsync(id, ct) is { } json
            ? File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", id + ".json")
            : NotFound();
}
