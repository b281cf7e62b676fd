using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.My;

/// <summary>
/// マイページ: the resident's bills (their household's assessments) with each instalment's state, the payments received,
/// and the slips again with the same 納付番号. Needs an account linked to the registry (a card sign-in links it).
/// </summary>
public sealed class IndexModel(ICurrentResident resident, TsunaguDb db, Billing.Billing billing, IRegistryExtracts registry) : PageModel
{
    public bool Linked => resident.LinkedResidentId is not null;
    public IReadOnlyList<Assessment> Bills { get; private set; } = [];
    public IReadOnlyList<PaymentRecord> Payments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await HouseholdAsync(ct) is not { } household)
        {
            return;
        }
        Bills = (await db.Set<Assessment>().Include(a => a.Instalments).AsNoTracking().Where(a => a.HouseholdId == household).ToListAsync(ct))
            .OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Fund).ToList();
        var ids = Bills.SelectMany(b => b.Instalments).Select(i => i.Id).ToList();
        Payments = await db.Set<PaymentRecord>().AsNoTracking().Where(p => p.InstalmentId != null && ids.Contains(p.InstalmentId.Value) && p.Kind == ReportKind.Final)
            .OrderByDescending(p => p.PaidOn).Take(50).ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetSlipsAsync(int year, CancellationToken ct) =>
        await HouseholdAsync(ct) is { } household && await billing.HouseholdSlipsAsync(household, year, ct) is { } pdf
            ? File(pdf, "application/pdf", $"nofusho-{year}.pdf")
            : NotFound();

    // Every member of the household sees its bills: 国保 is billed to the head, but the whole household is insured.
    private async Task<Guid?> HouseholdAsync(CancellationToken ct) =>
        resident.LinkedResidentId is { } person && await registry.PersonAndHouseholdAsync(new ResidentId(person), "マイページでの保険料の確認", ct) is { } found
            ? found.Household.Id.Value
            : null;
}
