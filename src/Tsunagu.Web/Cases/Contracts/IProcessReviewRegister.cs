namespace Tsunagu.Web.Cases.Contracts;

/// <summary>
/// Counts of the business-process review register (業務プロセスの見直し, BPR). <paramref name="Reviewed"/> is the DX
/// plan's KPI (target 30): processes whose review is done (見直し済) or already in operation (運用中).
/// </summary>
public sealed record ProcessReviewCounts(int Total, int Reviewed, int InOperation, long MinutesSavedPerYear, IReadOnlyDictionary<string, int> ByStatus);

/// <summary>Read by the governance dashboard; computed from the register each time, never cached.</summary>
public interface IProcessReviewRegister
{
    Task<ProcessReviewCounts> CountAsync(CancellationToken ct = default);
}
