using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.Procedures.My;

public sealed class IndexModel(MyPortal portal, ICurrentResident resident) : PageModel
{
    public IReadOnlyList<MyDraft> Drafts { get; private set; } = [];
    public IReadOnlyList<MyApplication> Applications { get; private set; } = [];
    public string? Email => resident.Email;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Drafts = await portal.DraftsAsync(resident.AccountId, ct);
        Applications = await portal.ApplicationsAsync(resident.AccountId, ct);
    }
}
