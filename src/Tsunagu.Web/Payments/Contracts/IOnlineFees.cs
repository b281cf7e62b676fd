namespace Tsunagu.Web.Payments.Contracts;

/// <summary>
/// A fee another module asks a resident to pay online (a certificate issued online, say). <paramref name="Department"/>
/// is the department code owning it: its staff may refund it, as may 税務課 and 管理者.
/// </summary>
public sealed record FeeRequest(Guid Reference, string Description, string ReceiptNumber, Guid? AccountId, long Amount, string? Department = null);

/// <summary>
/// Collects fees through the payment provider for other modules: the resident pays at <c>/my/fees</c>; the module asks
/// whether its reference is paid before it hands over what was paid for.
/// </summary>
public interface IOnlineFees
{
    /// <summary>Opens the charge once per reference (a repeat returns the same charge).</summary>
    Task OpenAsync(FeeRequest request, CancellationToken ct = default);

    Task<bool> IsPaidAsync(Guid reference, CancellationToken ct = default);
}
