using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Certificates.Kiosk;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Certificates.Staff;

/// <summary>Convenience-store terminals: register one (its key is shown once) or revoke it. 管理者 only.</summary>
public sealed class TerminalsModel(KioskTerminals terminals, KioskHours hours) : PageModel
{
    public IReadOnlyList<KioskTerminal> All { get; private set; } = [];
    public string? NewKey { get; private set; }
    public string Hours => hours.Text;

    [BindProperty] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(StaffRoles.Admin))
        {
            return Forbid();
        }
        All = await terminals.AllAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!User.IsInRole(StaffRoles.Admin))
        {
            return Forbid();
        }
        if (Name?.Trim() is not { Length: > 0 and <= 100 } name)
        {
            ModelState.AddModelError(nameof(Name), "端末の名前を100文字以内で入力してください。");
        }
        else
        {
            (_, NewKey) = await terminals.AddAsync(name, "staff:" + CounterRights.StaffId(User), ct);
            Name = null;
        }
        All = await terminals.AllAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsInRole(StaffRoles.Admin))
        {
            return Forbid();
        }
        await terminals.RevokeAsync(id, "staff:" + CounterRights.StaffId(User), ct);
        return Redirect("/staff/certificates/terminals");
    }
}
