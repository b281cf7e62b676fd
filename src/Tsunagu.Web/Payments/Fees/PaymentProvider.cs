using System.Collections.Concurrent;

namespace Tsunagu.Web.Payments.Fees;

public enum ChargeOutcome
{
    Succeeded,
    Declined,

    /// <summary>No answer in time: the money may or may not have moved. Ask <see cref="IPaymentProvider.StatusAsync"/>.</summary>
    TimedOut,
}

public sealed record ChargeResult(ChargeOutcome Outcome, string? Reference, string? Message);

/// <summary>A refund: done (with the provider's reference), or not done and why, in words for staff.</summary>
public sealed record RefundResult(bool Refunded, string? Reference, string? Message)
{
    public static RefundResult Done(string reference) => new(true, reference, null);

    public static RefundResult Failed(string message) => new(false, null, message);
}

/// <summary>
/// The provider's script that turns card details into a one-time token in the browser, so the card number never
/// reaches the town's server. <paramref name="ShopId"/> is public (the script needs it); the shop password is not.
/// </summary>
public sealed record CardTokenScript(string ScriptUrl, string ShopId);

/// <summary>
/// A card / QR-code payment provider. Charges carry an idempotency key, so retrying after a timeout can never charge
/// twice, and the status of a key can be asked later (reconciliation of a charge whose answer was lost).
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    Task<ChargeResult> ChargeAsync(string idempotencyKey, long amount, string description, string paymentToken, CancellationToken ct);

    /// <summary>The charge made under the key, if any: its reference, or null when no money moved.</summary>
    Task<string?> StatusAsync(string idempotencyKey, CancellationToken ct);

    /// <summary>
    /// Gives the whole charge made under the key back. Asking twice refunds once: a key already refunded answers
    /// with the first refund's reference.
    /// </summary>
    Task<RefundResult> RefundAsync(string idempotencyKey, long amount, CancellationToken ct);

    /// <summary>Null: the page posts the card number to the server (the simulator only).</summary>
    CardTokenScript? TokenScript => null;
}

/// <summary>
/// Development provider: the test card number decides the outcome, as providers' sandboxes do. 4242… succeeds,
/// 4000 0000 0000 0002 is declined, 4000 0000 0000 0119 times out after the money moved (the charge exists and
/// <see cref="StatusAsync"/> finds it).
/// </summary>
public sealed class SimulatedPaymentProvider : IPaymentProvider
{
    public const string Declined = "4000000000000002";
    public const string TimeoutAfterCharge = "4000000000000119";
    private readonly ConcurrentDictionary<string, string> _charges = new();
    private readonly ConcurrentDictionary<string, string> _refunds = new();

    public string Name => "開発用の決済シミュレーター";

    public Task<ChargeResult> ChargeAsync(string idempotencyKey, long amount, string description, string paymentToken, CancellationToken ct)
    {
        var card = new string([.. paymentToken.Where(char.IsAsciiDigit)]);
        if (card == Declined)
        {
            return Task.FromResult(new ChargeResult(ChargeOutcome.Declined, null, "カード会社がお支払いを承認しませんでした。別のカードかお支払い方法をお試しください。"));
        }
        if (card.Length is < 14 or > 16)
        {
            return Task.FromResult(new ChargeResult(ChargeOutcome.Declined, null, "カード番号を確かめてください。"));
        }
        var reference = _charges.GetOrAdd(idempotencyKey, _ => "SIM-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());
        return Task.FromResult(card == TimeoutAfterCharge
            ? new ChargeResult(ChargeOutcome.TimedOut, null, null)
            : new ChargeResult(ChargeOutcome.Succeeded, reference, null));
    }

    public Task<string?> StatusAsync(string idempotencyKey, CancellationToken ct) =>
        Task.FromResult(_charges.TryGetValue(idempotencyKey, out var reference) ? reference : null);

    public Task<RefundResult> RefundAsync(string idempotencyKey, long amount, CancellationToken ct) =>
        Task.FromResult(_charges.ContainsKey(idempotencyKey)
            ? RefundResult.Done(_refunds.GetOrAdd(idempotencyKey, _ => "SIMR-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()))
            : RefundResult.Failed("決済シミュレーターにこの支払いの記録がありません。"));
}
