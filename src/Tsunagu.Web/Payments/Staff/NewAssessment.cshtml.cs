using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>
/// An assessment typed in by staff (one the core system did not send): the payer found by kana and birth date, the same
/// rules as the import, and one assessment however often the form is sent (its submission key is the source).
/// </summary>
public sealed class NewAssessmentModel(TsunaguDb db, IResidentDirectory directory, AssessmentChecks checks, Billing.Billing billing, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string Purpose = "保険料の賦課（納付義務者の確認）";

    [BindProperty(SupportsGet = true)] public string? Kana { get; set; }
    [BindProperty(SupportsGet = true)] public string? BirthDate { get; set; }
    [BindProperty] public Guid? Payer { get; set; }
    [BindProperty] public string? Fund { get; set; }
    [BindProperty] public string? FiscalYear { get; set; }
    [BindProperty] public string? Annual { get; set; }
    [BindProperty] public Guid SubmissionKey { get; set; }

    public IReadOnlyList<ResidentRecord>? Found { get; private set; }

    public string? Error(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        SubmissionKey = Guid.NewGuid();
        var today = JapanTime.Today(clock);
        FiscalYear = (today.Month >= 4 ? today.Year : today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (PayerSearch.WasAsked(Request))
        {
            Found = await PayerSearch.FindAsync(directory, Kana, BirthDate, ModelState, Purpose, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        var source = $"staff:{SubmissionKey:N}";
        if (await SentBeforeAsync(source, ct) is { } done)
        {
            return done;
        }
        Found = await PayerSearch.FindAsync(directory, Kana, BirthDate, ModelState, Purpose, ct);
        var fund = Funds.FromKey(Fund);
        var year = AssessmentRules.Year(FiscalYear);
        var annual = AssessmentRules.Amount(Annual);
        AddIf(Payer is null || Found?.Any(r => r.Id.Value == Payer) != true, nameof(Payer), "納付義務者を選んでください。");
        AddIf(fund is null, nameof(Fund), "科目を選んでください。");
        AddIf(year is null, nameof(FiscalYear), AssessmentRules.YearMessage);
        AddIf(annual is null, nameof(Annual), AssessmentRules.AmountMessage);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var line = new AssessmentLine(fund!.Value, year!.Value, Payer!.Value, annual!.Value);
        foreach (var (_, _, message) in await checks.CheckAsync([line], ct))
        {
            ModelState.AddModelError(nameof(Payer), message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var created = (await billing.CreateAsync([line], source, ct))[0];
            await audit.AppendAsync(PaymentStaff.Actor(User), "payments.assessment.create", "assessment", created.Id.ToString(), Billing.Billing.Purpose, ct);
            return Redirect($"/staff/payments/persons/{created.PayerResidentId}?created=true");
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at the same moment: the unique index (fund, year, payer) let the first one in.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(Payer), AssessmentRules.DuplicateMessage);
            return await SentBeforeAsync(source, ct) ?? Page();
        }
    }

    private async Task<IActionResult?> SentBeforeAsync(string source, CancellationToken ct) =>
        await db.Set<Assessment>().AsNoTracking().Where(a => a.Source == source).Select(a => (Guid?)a.PayerResidentId).FirstOrDefaultAsync(ct) is { } payer
            ? Redirect($"/staff/payments/persons/{payer}?created=true")
            : null;

    private void AddIf(bool wrong, string field, string message)
    {
        if (wrong)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
