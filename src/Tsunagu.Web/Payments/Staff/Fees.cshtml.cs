using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>
/// 手数料の支払いと返金: the fees of online procedures. 税務課 and 管理者 see and refund every charge; another department
/// sees and refunds those of its own procedures. Every opening and every refund is audited.
/// </summary>
public sealed class FeesModel(TsunaguDb db, FeeRefunds refunds, AuditLog audit, IActorContext actor) : PageModel
{
    public IReadOnlyList<FeeCharge> Charges { get; private set; } = [];
    public FeeCharge? Selected { get; private set; }

    [BindProperty(SupportsGet = true)] public FeeStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Receipt { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Refund { get; set; }
    [BindProperty(SupportsGet = true)] public bool Refunded { get; set; }
    [BindProperty] public Guid ChargeId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Department is null && !User.IsInRole(StaffRoles.Admin))
        {
            return Forbid();
        }
        await LoadAsync(ct);
        await audit.RecordAsync("payments.fees", "fee-charges", Receipt?.Trim() is { Length: > 0 } r ? r : Status?.ToString() ?? "all", "手数料の支払い一覧の確認", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var charge = await db.Set<FeeCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == ChargeId, ct);
        if (charge is null)
        {
            return NotFound();
        }
        if (!MayRefund(charge))
        {
            return Forbid();
        }
        var reason = (Reason ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (reason.Length == 0)
        {
            ModelState.AddModelError(nameof(Reason), "返金の理由を入力してください。");
        }
        else if (reason.Length > FeeRefunds.ReasonMaxLength)
        {
            ModelState.AddModelError(nameof(Reason), $"返金の理由は{FeeRefunds.ReasonMaxLength}文字以内で入力してください。");
        }
        else if (reason.Any(c => char.IsControl(c) && c != '\n'))
        {
            ModelState.AddModelError(nameof(Reason), "返金の理由に、入力できない制御文字が含まれています。");
        }
        else if (await refunds.RefundAsync(charge.Id, reason, actor.StaffActor ?? "unknown", ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
        }
        else
        {
            if (charge.Status == FeeStatus.Paid)
            {
                await audit.RecordAsync("payments.fee-refund", "fee-charge", charge.Id.ToString(), "手数料の返金: " + reason, ct);
            }
            return Redirect($"/staff/payments/fees?Refunded=true&Receipt={Uri.EscapeDataString(charge.ReceiptNumber)}");
        }
        Refund = charge.Id;
        await LoadAsync(ct);
        return Page();
    }

    public bool MayRefund(FeeCharge charge) =>
        User.IsInRole(StaffRoles.Admin) || Department == "zeimu" || (Department is not null && Department == charge.Department);

    private string? Department => User.FindFirstValue(StaffClaimsFactory.DepartmentClaim);

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.Set<FeeCharge>().AsNoTracking();
        if (!User.IsInRole(StaffRoles.Admin) && Department != "zeimu")
        {
            var own = Department;
            query = query.Where(c => c.Department == own);
        }
        if (Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        if (Receipt?.Trim() is { Length: > 0 } receipt)
        {
            query = query.Where(c => c.ReceiptNumber.Contains(receipt));
        }
        Charges = await query.OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(ct);
        Selected = Refund is { } id ? await db.Set<FeeCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        if (Selected is not null && (Selected.Status != FeeStatus.Paid || !MayRefund(Selected)))
        {
            Selected = null;
        }
    }
}
