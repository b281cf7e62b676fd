using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>A household's bills for staff: each payer's assessments, instalments, 更正 history, payments received, and the slips again.</summary>
public sealed class HouseholdModel(TsunaguDb db, Billing.Billing billing, AuditLog audit) : PageModel
{
    private ILookup<Guid, AssessmentAdjustment> _history = Array.Empty<AssessmentAdjustment>().ToLookup(a => a.AssessmentId);

    public IReadOnlyList<Assessment> Bills { get; private set; } = [];
    public IReadOnlyList<PaymentRecord> Payments { get; private set; } = [];

    /// <summary>The 更正 just made (after the adjust page's redirect), to say which slips were re-issued.</summary>
    public AssessmentAdjustment? Adjusted { get; private set; }

    public IReadOnlyList<AssessmentAdjustment> History(Guid assessment) => [.. _history[assessment]];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? adjusted, CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
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
        (_history, Payments) = await BillHistory.LoadAsync(db, Bills, ct);
        Adjusted = adjusted is { } a ? _history.SelectMany(h => h).FirstOrDefault(h => h.Id == a) : null;
        return Page();
    }

    public async Task<IActionResult> OnGetSlipsAsync(Guid id, int year, CancellationToken ct) =>
        !PaymentStaff.MayUse(User) ? Forbid() : await billing.HouseholdSlipsAsync(id, year, ct) is { } pdf ? File(pdf, "application/pdf", $"nofusho-{year}-{id:N}.pdf") : NotFound();
}

/// <summary>What the household and person views show beside the assessments: their 更正 history and the payments received.</summary>
internal static class BillHistory
{
    public static async Task<(ILookup<Guid, AssessmentAdjustment> History, IReadOnlyList<PaymentRecord> Payments)> LoadAsync(
        TsunaguDb db, IReadOnlyList<Assessment> bills, CancellationToken ct)
    {
        var assessmentIds = bills.Select(b => b.Id).ToList();
        var history = (await db.Set<AssessmentAdjustment>().AsNoTracking().Where(h => assessmentIds.Contains(h.AssessmentId)).ToListAsync(ct))
            .OrderByDescending(h => h.AdjustedAt).ToLookup(h => h.AssessmentId);
        var ids = bills.SelectMany(b => b.Instalments).Select(i => (Guid?)i.Id).ToList();
        var payments = await db.Set<PaymentRecord>().AsNoTracking().Where(p => ids.Contains(p.InstalmentId)).OrderByDescending(p => p.PaidOn).ToListAsync(ct);
        return (history, payments);
    }
}
