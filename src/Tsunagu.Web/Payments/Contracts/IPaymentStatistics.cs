namespace Tsunagu.Web.Payments.Contracts;

/// <summary>Figures the governance dashboard reads.</summary>
public interface IPaymentStatistics
{
    /// <summary>
    /// Fund kinds billed this fiscal year on slips that carry an eL-QR (plan: 3 by September 令和8年, then more). Counted
    /// from the assessments, so a fund only counts once its slips exist.
    /// </summary>
    Task<int> FundsPayableByElQrAsync(CancellationToken ct = default);
}
