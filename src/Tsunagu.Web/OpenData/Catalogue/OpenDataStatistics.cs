using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Contracts;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Catalogue;

internal sealed class OpenDataStatistics(TsunaguDb db) : IOpenDataStatistics
{
    public Task<int> PublishedDatasetCountAsync(CancellationToken ct = default) =>
        db.Set<Dataset>().CountAsync(d => d.Status == DatasetStatus.Published, ct);
}
