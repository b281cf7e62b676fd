using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.Payments.My;

/// <summary>手数料のお支払い: the fees of the resident's online applications, paid by card through the provider.</summary>
public sealed class FeesModel(ICurrentResident resident, TsunaguDb db, FeeDesk desk, IPaymentProvider provider) : PageModel
{
    public IReadOnlyList<FeeCharge> Charges { get; private set; } = [];
    public string ProviderName => provider.Name;

    /// <summary>Set for a real provider: the card details become a token in the browser and only the token is posted.</summary>
    public CardTokenScript? TokenScript => provider.TokenScript;
    public string? Message { get; private set; }

    [BindProperty] public Guid ChargeId { get; set; }
    [BindProperty] public string? CardNumber { get; set; }
    [BindProperty] public string? Token { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // With a token script a card number must never arrive here; only the simulator takes one.
        var payment = TokenScript is null ? CardNumber : Token;
        if (string.IsNullOrWhiteSpace(payment))
        {
            ModelState.AddModelError(nameof(CardNumber), TokenScript is null
                ? "カード番号を入力してください。"
                : "カード情報を確認できませんでした。カード番号・有効期限・セキュリティコードを確かめて、もう一度お試しください。");
            await LoadAsync(ct);
            return Page();
        }
        Message = await desk.PayAsync(ChargeId, resident.AccountId, payment, ct);
        if (Message is null)
        {
            return Redirect("/my/fees?paid=1");
        }
        ModelState.AddModelError(nameof(CardNumber), Message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var account = resident.AccountId;
        var charges = await db.Set<FeeCharge>().Where(c => c.AccountId == account).OrderByDescending(c => c.CreatedAt).Take(50).ToListAsync(ct);
        // A charge whose answer was lost is settled with the provider before it is shown.
        foreach (var pending in charges.Where(c => c.Status == FeeStatus.Checking))
        {
            await desk.ReconcileAsync(pending, ct);
        }
        Charges = charges;
    }
}
