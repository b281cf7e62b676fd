namespace Tsunagu.Web.Certificates.Contracts;

/// <summary>Figures the governance dashboard reads: the DX plan's KPI of certificate kinds at convenience stores.</summary>
public interface ICertificateStatistics
{
    /// <summary>How many certificate kinds convenience-store terminals can print (plan: 2 by 令和9年度).</summary>
    int KindsAtKiosk { get; }

    /// <summary>Certificates issued per channel (窓口, オンライン, コンビニ交付) between two Japan-time dates, inclusive.</summary>
    Task<IReadOnlyDictionary<string, int>> IssuedByChannelAsync(DateOnly first, DateOnly last, CancellationToken ct = default);
}
