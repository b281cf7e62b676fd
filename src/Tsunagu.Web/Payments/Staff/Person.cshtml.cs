using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>One person's bills for staff: every assessment they pay, across years and funds, with 更正 history and payments.</summary>
public sealed class PersonModel(TsunaguDb db, IResidentDirectory directory, AuditLog audit) : PageModel
{
    public const string Purpose = "保険料の収納状況の確認（個人）";
    private ILookup<Guid, AssessmentAdjustment> _history = Array.Empty<AssessmentAdjustment>().ToLookup(a => a.AssessmentId);

    public string Name { get; private set; } = "";
    public IReadOnlyList<Assessment> Bills { get; private set; } = [];
    public IReadOnlyList<PaymentRecord> Payments { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public bool Created { get; set; }

    public IReadOnlyList<AssessmentAdjustment> History(Guid assessment) => [.. _history[assessment]];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        Bills = (await db.Set<Assessment>().Include(a => a.Instalments).AsNoTracking().Where(a => a.PayerResidentId == id).ToListAsync(ct))
            .OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Fund).ToList();
        // Someone billed nothing yet is named from the registry (the directory writes its own audit entry).
        var name = Bills.Count > 0 ? Bills[0].PayerName : (await directory.FindAsync(new ResidentId(id), Purpose, ct))?.FullName;
        if (name is null)
        {
            return NotFound();
        }
        Name = name;
        await audit.RecordAsync("payments.person", "person", id.ToString(), Purpose, ct);
        (_history, Payments) = await BillHistory.LoadAsync(db, Bills, ct);
        return Page();
    }
}
