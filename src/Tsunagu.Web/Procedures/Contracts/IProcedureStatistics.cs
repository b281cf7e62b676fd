namespace Tsunagu.Web.Procedures.Contracts;

/// <summary>Counts for the DX plan's KPI "procedures online" (行政手続のオンライン化, target 100 by 令和9年度).</summary>
public sealed record ProcedureCounts(
    int Published,
    int Online,
    int UsingMyNumberCard,
    IReadOnlyDictionary<string, int> OnlineByCategory,
    IReadOnlyDictionary<string, int> OnlineByAssurance);

/// <summary>Read by the governance dashboard; computed from the live catalogue, never stored.</summary>
public interface IProcedureStatistics
{
    ProcedureCounts Count();
}
