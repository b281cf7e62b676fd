using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>収納: import payment files, the review queue, arrears and refunds, and the slip settings. 税務課 and 管理者.</summary>
[RequestSizeLimit(50 * 1024 * 1024)]
public sealed class IndexModel(TsunaguDb db, PaymentImport import, SlipRuns runs, SlipOptions slipOptions, IElQrEncoder elQr, Contracts.IPaymentStatistics statistics, TimeProvider clock) : PageModel
{
    public SlipOptions Slips => slipOptions;
    public IElQrEncoder ElQr => elQr;
    public PaymentImportReport? Report { get; private set; }
    public IReadOnlyList<PaymentRecord> Review { get; private set; } = [];
    public int Assessments { get; private set; }
    public int ArrearsCount { get; private set; }
    public long ArrearsYen { get; private set; }
    public long RefundYen { get; private set; }

    public IReadOnlyList<SlipRun> Runs { get; private set; } = [];
    public int FundsByElQr { get; private set; }

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? FiscalYear { get; set; }
    [BindProperty(SupportsGet = true)] public string? Number { get; set; }

    /// <summary>Finds a household by a 納付番号 or 通知書番号 (what a resident reads out on the phone).</summary>
    public async Task<IActionResult> OnGetFindAsync(CancellationToken ct)
    {
        if (!MayUse())
        {
            return Forbid();
        }
        var digits = new string([.. (Number ?? "").Where(char.IsAsciiDigit)]);
        Guid? household = null;
        if (digits.Length == 18)
        {
            household = await db.Set<Instalment>().Where(i => i.PaymentNumber == digits)
                .Join(db.Set<Assessment>(), i => i.AssessmentId, a => a.Id, (i, a) => (Guid?)a.HouseholdId).FirstOrDefaultAsync(ct);
        }
        else if (long.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var notice))
        {
            household = await db.Set<Assessment>().Where(a => a.Number == notice).OrderByDescending(a => a.FiscalYear).Select(a => (Guid?)a.HouseholdId).FirstOrDefaultAsync(ct);
        }
        if (household is { } h)
        {
            return Redirect($"/staff/payments/households/{h}");
        }
        ModelState.AddModelError(nameof(Number), "その番号の賦課は見つかりません。納付番号（18けた）か通知書番号を確かめてください。");
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => MayUse() ? await LoadAsync(ct) : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayUse())
        {
            return Forbid();
        }
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), "収納データのCSVファイルを選んでください。");
            return await LoadAsync(ct);
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        Report = await import.ImportAsync(buffer.ToArray(), Upload.FileName, PaymentStaff.Actor(User), ct);
        foreach (var p in Report.Problems)
        {
            ModelState.AddModelError(nameof(Upload), p.Row == 0 ? p.Message : $"{p.Row}行目「{p.Column}」: {p.Message}");
        }
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (!MayUse())
        {
            return Forbid();
        }
        if (!int.TryParse(FiscalYear, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            ModelState.AddModelError(nameof(FiscalYear), "年度は西暦4けたで入力してください。");
            return await LoadAsync(ct);
        }
        var (_, refusal) = await runs.StartAsync(year, PaymentStaff.Actor(User), ct);
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(FiscalYear), refusal);
            return await LoadAsync(ct);
        }
        return Redirect("/staff/payments#runs");
    }

    private bool MayUse() => PaymentStaff.MayUse(User);

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var today = JapanTime.Today(clock);
        Assessments = await db.Set<Assessment>().CountAsync(ct);
        var overdue = await db.Set<Instalment>().Where(i => i.DueOn < today && i.Paid < i.Amount).Select(i => i.Amount - i.Paid).ToListAsync(ct);
        (ArrearsCount, ArrearsYen) = (overdue.Count, overdue.Sum());
        RefundYen = (await db.Set<PaymentRecord>().Where(r => r.Refund > 0 && !r.Resolved).Select(r => r.Refund).ToListAsync(ct)).Sum();
        FundsByElQr = await statistics.FundsPayableByElQrAsync(ct);
        Runs = await db.Set<SlipRun>().OrderByDescending(r => r.StartedAt).Take(5).ToListAsync(ct);
        FiscalYear ??= (today.Month >= 4 ? today.Year : today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Review = await db.Set<PaymentRecord>().Where(r => !r.Resolved).OrderBy(r => r.PaidOn).Take(200).ToListAsync(ct);
        return Page();
    }
}
