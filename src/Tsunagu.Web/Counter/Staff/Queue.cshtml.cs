using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Counter.Visits;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>回らない窓口: the visits waiting for this department, and the items staff take to the resident and finish.</summary>
public sealed class QueueModel(DepartmentRounds rounds) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty] public Guid ItemId { get; set; }

    public IReadOnlyList<QueuedVisit> Waiting { get; private set; } = [];
    public string DepartmentCode { get; private set; } = "";
    public string DepartmentName => Departments.Find(DepartmentCode)?.Name ?? DepartmentCode;
    public bool MayChooseDepartment => User.IsInRole(StaffRoles.Admin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        DepartmentCode = Choose();
        Waiting = await rounds.ForDepartmentAsync(DepartmentCode, ct);
    }

    public Task<IActionResult> OnPostTakeAsync(CancellationToken ct) => ChangeAsync(rounds.TakeAsync, ct);

    public Task<IActionResult> OnPostDoneAsync(CancellationToken ct) => ChangeAsync(rounds.DoneAsync, ct);

    private async Task<IActionResult> ChangeAsync(Func<Guid, string, string, CancellationToken, Task<VisitError?>> change, CancellationToken ct)
    {
        DepartmentCode = Choose();
        if (await change(ItemId, DepartmentCode, User.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? "", ct) is { } error)
        {
            ModelState.AddModelError(nameof(ItemId), error.Message);
            Waiting = await rounds.ForDepartmentAsync(DepartmentCode, ct);
            return Page();
        }
        return Redirect($"/staff/counter/queue?department={Uri.EscapeDataString(DepartmentCode)}");
    }

    // Staff see their own department; the DX推進・管理者 may look at any, to help where the line is longest.
    private string Choose()
    {
        var own = User.FindFirstValue(StaffClaimsFactory.DepartmentClaim) ?? "";
        return MayChooseDepartment && Department is { } d && Departments.Find(d) is { } found ? found.Code : own;
    }
}
