using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Payments.Arrears;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>滞納一覧: overdue instalments with filters, the list as CSV, and 督促状 for what the filter shows. 税務課 and 管理者.</summary>
public sealed class ArrearsModel(ArrearsList arrears, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const string Purpose = "滞納の確認と督促";

    [BindProperty(SupportsGet = true)] public string? Fund { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Days { get; set; }
    [BindProperty(SupportsGet = true)] public string? Address { get; set; }
    [BindProperty(SupportsGet = true)] public bool NotReminded { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public IReadOnlyList<OverdueInstalment> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public long Yen { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int? Printed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        if (Filter() is not { } filter)
        {
            return Page();
        }
        (Rows, Total, Yen) = await arrears.FindAsync(filter, P, PageSize, ct);
        await audit.RecordAsync("payments.arrears", "arrears", Query(), Purpose, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        if (Filter() is not { } filter)
        {
            return Page();
        }
        await audit.RecordAsync("payments.arrears.download", "arrears", Query(), Purpose, ct);
        Response.Headers.CacheControl = "no-store";
        return File(await arrears.CsvAsync(filter, ct), "text/csv; charset=utf-8", $"tainou-{JapanTime.Today(clock):yyyyMMdd}.csv");
    }

    public async Task<IActionResult> OnPostRemindersAsync(CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        if (Filter() is not { } filter)
        {
            return Page();
        }
        var staff = PaymentStaff.Actor(User);
        var (pdf, count) = await arrears.RemindersAsync(filter, staff, ct);
        if (pdf is null)
        {
            ModelState.AddModelError(string.Empty, "この条件で督促状を作る期別はありません。");
            return await OnGetAsync(ct);
        }
        await audit.AppendAsync(staff, "payments.reminders", "arrears", Query(), $"{Purpose}: 督促状 {count}件", ct);
        return File(pdf, "application/pdf", $"tokusoku-{JapanTime.Today(clock):yyyyMMdd}.pdf");
    }

    /// <summary>The link to this list with one setting changed (paging keeps the filters).</summary>
    public string Link(int page) => "/staff/payments/arrears?" + Query(page);

    public string CsvLink => "/staff/payments/arrears?handler=csv&" + Query(1);

    private string Query(int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("Fund", Fund);
        Add("Year", Year);
        Add("Days", Days);
        Add("Address", Address);
        Add("NotReminded", NotReminded ? "true" : null);
        Add("P", (page ?? P).ToString(CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }

    private ArrearsFilter? Filter()
    {
        Web.Payments.Fund? fund = null;
        if (!string.IsNullOrEmpty(Fund) && (fund = Funds.FromKey(Fund)) is null)
        {
            ModelState.AddModelError(nameof(Fund), "科目を一覧から選んでください。");
        }
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;
            if (year is null)
            {
                ModelState.AddModelError(nameof(Year), "年度は西暦4けた（例: 2026）で入力してください。");
            }
        }
        var days = 0;
        if (!string.IsNullOrWhiteSpace(Days) && (!int.TryParse(Days, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > 3650))
        {
            ModelState.AddModelError(nameof(Days), "経過日数は0から3650までの数字で入力してください。");
        }
        P = Math.Max(1, P);
        return ModelState.IsValid ? new ArrearsFilter(fund, year, days, Address, NotReminded) : null;
    }
}
