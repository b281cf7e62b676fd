using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>A household's bills for staff: each payer's assessments, instalments, payments received, and the slips again.</summary>
public sealed class HouseholdModel(TsunaguDb db, Billing.Billing billing, AuditLog audit) : PageModel
{
    public IReadOnlyList<Assessment> Bills { get; private set; } = [];
    public IReadOnlyList<PaymentRecord> Payments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!MayUse())
        {
            return Forbid();
        }
        Bills = (await db.Set<Assessment>().Include(a => a.Instalments).AsNoTracking().Where(a => a.HouseholdId == id).ToListAsync(ct))
            .OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Fund).ThenBy(a => a.PayerKana, StringComparer.Ordinal).ToList();
        if (Bills.Count == 0)
        {
            return NotFound();
        }
        await audit.RecordAsync("payments.household", "household", id.ToString(), "保険料の収納状況の確認", ct);
        var ids = Bills.SelectMany(b => b.Instalments).Select(i => (Guid?)i.Id).ToList();
        Payments = await db.Set<PaymentRecord>().AsNoTracking().Where(p => ids.Contains(p.InstalmentId)).OrderByDescending(p => p.PaidOn).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetSlipsAsync(Guid id, int year, CancellationToken ct) =>
        !MayUse() ? Forbid() : await billing.HouseholdSlipsAsync(id, year, ct) is { } pdf ? File(pdf, "application/pdf", $"nofusho-{year}-{id:N}.pdf") : NotFound();

    private bool MayUse() => User.IsInRole(StaffRoles.Admin) || User.FindFirstValue(StaffClaimsFactory.DepartmentClaim) == "zeimu";
}
