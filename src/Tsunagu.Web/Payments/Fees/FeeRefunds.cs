using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments.Fees;

/// <summary>
/// Refunds of paid fees (手数料の還付): the provider gives the money back, the charge records who, when and why. A
/// second request for a refunded charge changes nothing, and the provider refunds a key only once.
/// </summary>
public sealed class FeeRefunds(TsunaguDb db, IPaymentProvider provider, TimeProvider clock)
{
    public const int ReasonMaxLength = 500;

    /// <summary>Null when the charge is refunded (now or before); otherwise why not, in words for staff.</summary>
    public async Task<string?> RefundAsync(Guid chargeId, string reason, string staff, CancellationToken ct)
    {
        var charge = await db.Set<FeeCharge>().FirstOrDefaultAsync(c => c.Id == chargeId, ct);
        if (charge is null)
        {
            return "この手数料の記録が見つかりません。";
        }
        if (charge.Status == FeeStatus.Refunded)
        {
            return null;
        }
        if (charge.Status != FeeStatus.Paid)
        {
            return "お支払い済みの手数料だけ返金できます。";
        }
        var result = await provider.RefundAsync(charge.IdempotencyKey, charge.Amount, ct);
        if (!result.Refunded)
        {
            charge.LastProblem = result.Message;
            charge.Version++;
            await db.SaveChangesAsync(ct);
            return result.Message;
        }
        (charge.Status, charge.RefundedAt, charge.RefundedBy, charge.RefundReason, charge.RefundReference, charge.LastProblem) =
            (FeeStatus.Refunded, clock.GetUtcNow().UtcDateTime, staff, reason.Trim(), result.Reference, null);
        charge.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another click refunded it first; the provider refunded the key once, so nothing is left to do.
            db.ChangeTracker.Clear();
        }
        return null;
    }
}
