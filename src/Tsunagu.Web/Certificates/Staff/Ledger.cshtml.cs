using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Certificates.Staff;

/// <summary>交付簿 and 日計: every issuance of a day, and per channel and kind the count and fees to reconcile with the till.</summary>
public sealed class LedgerModel(CertificateLedger ledger, CounterRights rights, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }

    public DateOnly Date { get; private set; }
    public IReadOnlyList<Issuance> Rows { get; private set; } = [];
    public IReadOnlyList<LedgerTotal> Totals { get; private set; } = [];
    public int KindsAtKiosk => ledger.KindsAtKiosk;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.MayIssue(User))
        {
            return Forbid();
        }
        Date = Wareki.Parse(Day) ?? JapanTime.Today(clock);
        if (Day is { Length: > 0 } && Wareki.Parse(Day) is null)
        {
            ModelState.AddModelError(nameof(Day), "日付は「2026-11-24」や「令和8年11月24日」の形で入力してください。");
        }
        Rows = await ledger.DayAsync(Date, ct);
        Totals = CertificateLedger.Totals(Rows);
        return Page();
    }
}
