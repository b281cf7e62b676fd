namespace Tsunagu.Web.OpenData.Contracts;

/// <summary>Figures of the open-data catalogue for the DX plan's KPI (データセット数 on the open-data site).</summary>
public interface IOpenDataStatistics
{
    /// <summary>How many datasets are published now (retired and draft datasets do not count).</summary>
    Task<int> PublishedDatasetCountAsync(CancellationToken ct = default);
}
