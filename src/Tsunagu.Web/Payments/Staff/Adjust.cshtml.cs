using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>更正: a new annual amount and its reason; only the 期 whose amount changes are re-issued (<see cref="Adjustments"/>).</summary>
public sealed class AdjustModel(TsunaguDb db, Adjustments adjustments, AuditLog audit) : PageModel
{
    private const int MaxReason = 100;

    public Assessment Bill { get; private set; } = null!;
    public IReadOnlyList<AssessmentAdjustment> History { get; private set; } = [];

    [BindProperty] public string? Annual { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public Guid SubmissionKey { get; set; }

    public string? Error(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        await audit.RecordAsync("payments.assessment", "assessment", id.ToString(), Adjustments.Purpose, ct);
        Annual = Bill.AnnualAmount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Version = Bill.Version;
        SubmissionKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        var annual = AssessmentRules.Amount(Annual, zeroAllowed: true);
        var reason = Reason?.Trim() ?? "";
        if (annual is null)
        {
            ModelState.AddModelError(nameof(Annual), "更正後の年額は0円以上10,000,000円以下の整数で入力してください（マイナスや小数は使えません）。");
        }
        if (reason.Length == 0 || reason.Length > MaxReason || reason.Any(char.IsControl))
        {
            ModelState.AddModelError(nameof(Reason), $"更正の理由を{MaxReason}文字以内で入力してください（例: 所得更正、資格喪失、転出）。");
        }
        if (ModelState.IsValid)
        {
            var (done, refusal) = await adjustments.AdjustAsync(id, Version, annual!.Value, reason, SubmissionKey, PaymentStaff.Actor(User), ct);
            if (done is not null)
            {
                var household = await db.Set<Assessment>().Where(a => a.Id == id).Select(a => a.HouseholdId).SingleAsync(ct);
                return Redirect($"/staff/payments/households/{household}?adjusted={done.Id}#bill-{id}");
            }
            ModelState.AddModelError(nameof(Annual), refusal!);
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // After a refusal the page shows the assessment as it is now; sending again applies to that.
        Version = Bill.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<Assessment>().Include(a => a.Instalments).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } bill)
        {
            return false;
        }
        Bill = bill;
        History = (await db.Set<AssessmentAdjustment>().AsNoTracking().Where(h => h.AssessmentId == id).ToListAsync(ct)).OrderByDescending(h => h.AdjustedAt).ToList();
        return true;
    }
}
