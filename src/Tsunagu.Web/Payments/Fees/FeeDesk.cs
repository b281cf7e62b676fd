using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Payments.Fees;

/// <summary>
/// Fees of online applications: a charge is opened when an application with a fee is submitted, paid through the
/// provider, and answered to the back office's auto-accept check. A charge whose answer was lost is checked with the
/// provider before anything else, so a resident is never charged twice.
/// </summary>
public sealed class FeeDesk(TsunaguDb db, IPaymentProvider provider, IProcedureDirectory procedures, TimeProvider clock)
    : IIntegrationEventSubscriber<ApplicationSubmitted>, ICaseFeeCheck, Contracts.IOnlineFees
{
    public async Task OpenAsync(Contracts.FeeRequest request, CancellationToken ct = default)
    {
        if (request.Amount <= 0 || await db.Set<FeeCharge>().AnyAsync(c => c.ApplicationId == request.Reference, ct))
        {
            return;
        }
        db.Set<FeeCharge>().Add(new FeeCharge
        {
            Id = Guid.NewGuid(),
            ApplicationId = request.Reference,
            ReceiptNumber = request.ReceiptNumber,
            ProcedureName = request.Description,
            Department = request.Department,
            AccountId = request.AccountId,
            Amount = request.Amount,
            Status = FeeStatus.Unpaid,
            IdempotencyKey = $"fee-{request.Reference:N}",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Version = 1,
        });
        await db.SaveChangesAsync(ct);
    }

    public Task<bool> IsPaidAsync(Guid reference, CancellationToken ct = default) =>
        db.Set<FeeCharge>().AnyAsync(c => c.ApplicationId == reference && c.Status == FeeStatus.Paid, ct);

    public async Task HandleAsync(ApplicationSubmitted submitted, Guid messageId, CancellationToken ct)
    {
        // Anonymous applications (no account) pay at the counter; the charge still tells staff the fee is open.
        var fee = procedures.Find(submitted.ProcedureId)?.Fee ?? 0;
        await OpenAsync(new Contracts.FeeRequest(submitted.ApplicationId, submitted.ProcedureName, submitted.ReceiptNumber, submitted.ApplicantAccountId, fee, submitted.Department), ct);
    }

    /// <summary>Pays a charge of the signed-in account; returns a message for the resident when it is not paid.</summary>
    public async Task<string?> PayAsync(Guid chargeId, Guid account, string cardNumber, CancellationToken ct)
    {
        var charge = await db.Set<FeeCharge>().FirstOrDefaultAsync(c => c.Id == chargeId && c.AccountId == account, ct);
        if (charge is null)
        {
            return "お支払いの情報が見つかりません。";
        }
        if (charge.Status == FeeStatus.Checking && await ReconcileAsync(charge, ct))
        {
            return null;
        }
        if (charge.Status is FeeStatus.Paid or FeeStatus.Refunded)
        {
            return null;
        }
        var result = await provider.ChargeAsync(charge.IdempotencyKey, charge.Amount, $"{charge.ProcedureName} 手数料 {charge.ReceiptNumber}", cardNumber, ct);
        switch (result.Outcome)
        {
            case ChargeOutcome.Succeeded:
                MarkPaid(charge, result.Reference!);
                break;
            case ChargeOutcome.Declined:
                charge.LastProblem = result.Message;
                break;
            default:
                // The provider's words on what went wrong (an unreadable reply), kept for staff; the resident is told to wait.
                (charge.Status, charge.LastProblem) = (FeeStatus.Checking, result.Message);
                await ReconcileAsync(charge, ct);
                break;
        }
        charge.Version++;
        await db.SaveChangesAsync(ct);
        return charge.Status switch
        {
            FeeStatus.Paid => null,
            FeeStatus.Checking => "決済会社からの返事が遅れています。二重に請求されることはありません。しばらくしてからこのページを開き直してください。",
            _ => charge.LastProblem,
        };
    }

    /// <summary>Asks the provider about a charge whose answer was lost; true when the money had moved.</summary>
    public async Task<bool> ReconcileAsync(FeeCharge charge, CancellationToken ct)
    {
        if (await provider.StatusAsync(charge.IdempotencyKey, ct) is { } reference)
        {
            MarkPaid(charge, reference);
            await db.SaveChangesAsync(ct);
            return true;
        }
        return false;
    }

    public async Task<CaseCheckOutcome> IsPaidAsync(CaseFacts facts, CancellationToken ct = default)
    {
        var charge = facts.ApplicationId is { } id ? await db.Set<FeeCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.ApplicationId == id, ct) : null;
        return charge?.Status == FeeStatus.Paid
            ? CaseCheckOutcome.Pass($"手数料 {charge.Amount:N0}円 支払済み（{charge.ProviderReference}）")
            : CaseCheckOutcome.Fail(charge is null ? "手数料の支払いがありません（窓口での支払いを確認してください）" : $"手数料 {charge.Amount:N0}円 未納");
    }

    private void MarkPaid(FeeCharge charge, string reference) =>
        (charge.Status, charge.ProviderReference, charge.PaidAt, charge.LastProblem) = (FeeStatus.Paid, reference, clock.GetUtcNow().UtcDateTime, null);
}
