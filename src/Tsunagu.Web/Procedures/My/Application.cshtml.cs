using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.My;

public sealed class ApplicationModel(MyPortal portal, ICurrentResident resident) : PageModel
{
    public (Apply.Application Application, ProcedureDefinition Procedure, IReadOnlyList<ApplicationStatusChange> History)? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // Another resident's id answers exactly like an id that does not exist.
        Found = await portal.ApplicationAsync(resident.AccountId, id, ct);
        return Found is null ? NotFound() : Page();
    }
}
