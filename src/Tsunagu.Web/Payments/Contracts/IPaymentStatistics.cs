namespace Tsunagu.Web.Payments.Contracts;

/// <summary>Figures the governance dashboard reads.</summary>
public interface IPaymentStatistics
{
    /// <summary>Fund kinds whose slips carry an eL-QR (plan: 3 by September 令和8年, then more).</summary>
    int FundsPayableByElQr { get; }
}
