using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Platform.ResidentIdentity.My;

/// <summary>The resident's own account; in <c>My/</c>, so only a signed-in resident reaches it.</summary>
public sealed class AccountModel(ICurrentResident resident) : PageModel
{
    public string Email { get; private set; } = "";
    public AssuranceLevel Assurance { get; private set; }
    public bool Linked { get; private set; }
    public bool JustVerified { get; private set; }

    public void OnGet(bool verified = false)
    {
        Email = resident.Email ?? "";
        Assurance = resident.Assurance;
        Linked = resident.LinkedResidentId is not null;
        JustVerified = verified;
    }
}
