using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Catalogue;

/// <summary>A search of the public catalogue, as the browse page and CKAN's package_search ask it.</summary>
public sealed record DatasetFilter(string? Q = null, string? Tag = null, string? Organization = null, string? Format = null,
    string Sort = DatasetFilter.ByTitle, int Start = 0, int Rows = 20)
{
    public const string ByTitle = "title";
    public const string ByModified = "modified";
    public const string ByName = "name";
}

public sealed record DatasetPage(int Count, IReadOnlyList<Dataset> Results);

/// <summary>Reads of published datasets, shared by the public pages, the CKAN API, DCAT and statistics.</summary>
public sealed class DatasetQueries(TsunaguDb db, SchemaCatalogue schemas)
{
    /// <summary>Published datasets with their resources and versions. A town's catalogue is tens of datasets, so filtering happens in memory, the same on both databases.</summary>
    public async Task<List<Dataset>> PublishedAsync(CancellationToken ct) =>
        await db.Set<Dataset>().AsNoTracking().Where(d => d.Status == DatasetStatus.Published)
            .Include(d => d.Resources).ThenInclude(r => r.Versions).AsSplitQuery().ToListAsync(ct);

    public async Task<Dataset?> FindPublishedAsync(string nameOrId, CancellationToken ct)
    {
        var byId = Guid.TryParse(nameOrId, out var id);
        return await db.Set<Dataset>().AsNoTracking()
            .Where(d => d.Status == DatasetStatus.Published && (d.Name == nameOrId || (byId && d.Id == id)))
            .Include(d => d.Resources).ThenInclude(r => r.Versions).AsSplitQuery().FirstOrDefaultAsync(ct);
    }

    public async Task<DatasetPage> SearchAsync(DatasetFilter filter, CancellationToken ct)
    {
        IEnumerable<Dataset> found = await PublishedAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var words = filter.Q.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries);
            found = found.Where(d => words.All(w => Matches(d, w)));
        }
        if (!string.IsNullOrEmpty(filter.Tag))
        {
            found = found.Where(d => d.TagList.Contains(filter.Tag));
        }
        if (!string.IsNullOrEmpty(filter.Organization))
        {
            found = found.Where(d => d.Department == filter.Organization);
        }
        if (!string.IsNullOrEmpty(filter.Format))
        {
            found = found.Where(d => FormatsOf(d).Contains(filter.Format, StringComparer.OrdinalIgnoreCase));
        }
        var sorted = filter.Sort switch
        {
            DatasetFilter.ByModified => found.OrderByDescending(d => d.ModifiedAt),
            DatasetFilter.ByName => found.OrderBy(d => d.Name, StringComparer.Ordinal),
            _ => found.OrderBy(d => d.Title, StringComparer.Ordinal),
        };
        var all = sorted.ToList();
        return new DatasetPage(all.Count, all.Skip(filter.Start).Take(filter.Rows).ToList());
    }

    public bool IsGeo(Dataset dataset) => schemas.Find(dataset.SchemaId)?.Geo == true;

    public IEnumerable<string> FormatsOf(Dataset dataset) =>
        dataset.Resources.SelectMany(r => Distributions.FormatsOf(r, IsGeo(dataset))).Distinct();

    private static bool Matches(Dataset d, string word) =>
        d.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || d.Description.Contains(word, StringComparison.OrdinalIgnoreCase)
        || d.TagList.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase)) || d.Name.Contains(word, StringComparison.OrdinalIgnoreCase);
}
