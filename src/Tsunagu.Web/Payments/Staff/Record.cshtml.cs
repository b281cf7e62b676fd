using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>One reported payment and what can be done with it: match by hand, take back, refund, 充当, confirm.</summary>
public sealed class RecordModel(TsunaguDb db, PaymentReview review, AuditLog audit) : PageModel
{
    public PaymentRecord Record { get; private set; } = null!;
    public (Assessment Assessment, Instalment Instalment)? Target { get; private set; }
    public IReadOnlyList<(Assessment Assessment, Instalment Instalment)> Appropriations { get; private set; } = [];

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? PaymentNumber { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? RefundNote { get; set; }
    [BindProperty] public Guid? Appropriation { get; set; }
    [BindProperty] public string? ConfirmNote { get; set; }

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
        await audit.RecordAsync("payments.record", "payment-record", id.ToString(), "収納の確認", ct);
        return Page();
    }

    public Task<IActionResult> OnPostMatchAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(PaymentNumber), staff => review.MatchAsync(id, Version, PaymentNumber ?? "", staff, ct), ct);

    public Task<IActionResult> OnPostUnmatchAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(Reason), staff => review.UnmatchAsync(id, Version, Reason ?? "", staff, ct), ct);

    public Task<IActionResult> OnPostRefundAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(RefundNote), staff => review.RefundAsync(id, Version, RefundNote ?? "", staff, ct), ct);

    public Task<IActionResult> OnPostAppropriateAsync(Guid id, CancellationToken ct) =>
        Appropriation is { } target
            ? ActAsync(id, nameof(Appropriation), staff => review.AppropriateAsync(id, Version, target, staff, ct), ct)
            : ActAsync(id, nameof(Appropriation), _ => Task.FromResult<string?>("充当先の期別を選んでください。"), ct);

    public Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(ConfirmNote), staff => review.ConfirmAsync(id, Version, ConfirmNote ?? "", staff, ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, string field, Func<string, Task<string?>> act, CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        if (await act(PaymentStaff.Actor(User)) is { } refusal)
        {
            ModelState.AddModelError(refusal == PaymentReview.Stale ? string.Empty : field, refusal);
            // What staff typed stays on the page; the payment is shown as it is now.
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        return Redirect($"/staff/payments/records/{id}?done=1");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<PaymentRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } record)
        {
            return false;
        }
        Record = record;
        ModelState.Remove(nameof(Version));
        Version = record.Version;
        if (record.InstalmentId is { } instalmentId)
        {
            var found = await db.Set<Instalment>().AsNoTracking().Where(i => i.Id == instalmentId)
                .Join(db.Set<Assessment>().AsNoTracking(), i => i.AssessmentId, a => a.Id, (i, a) => new { a, i }).FirstAsync(ct);
            Target = (found.a, found.i);
            if (record.Refund > 0 && !record.Resolved)
            {
                Appropriations = await review.AppropriationTargetsAsync(instalmentId, ct);
            }
        }
        return true;
    }
}
