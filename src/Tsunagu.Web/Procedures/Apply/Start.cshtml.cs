using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Apply;

public sealed class StartModel(ProcedureCatalogue catalogue, ApplicationJourney journey, ApplicantPrefill prefill, ICurrentResident resident) : PageModel
{
    public ProcedureDefinition Procedure { get; private set; } = null!;

    /// <summary>Why this visitor cannot start yet (sign-in needed), or null.</summary>
    public string? NeedsSignIn { get; private set; }

    public IActionResult OnGet(string id) => Load(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!Load(id))
        {
            return NotFound();
        }
        if (NeedsSignIn is not null)
        {
            return Page();
        }
        var owner = DraftOwner.Of(HttpContext, create: true);
        var values = await prefill.ForAsync(HttpContext, Procedure.Form!, ct);
        var draft = await journey.StartAsync(Procedure, owner, values, ct);
        return Redirect($"/apply/{draft.Id}/1");
    }

    private bool Load(string id)
    {
        if (catalogue.Find(id) is not { Published: true, IsOnline: true } procedure)
        {
            return false;
        }
        Procedure = procedure;
        NeedsSignIn = AssuranceGate.Missing(procedure.Assurance, resident);
        return true;
    }
}
