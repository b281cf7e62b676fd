using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>
/// The published procedures, newest version of each, cached in memory: reloaded on publish by this node, and by
/// <see cref="CatalogueRefresher"/> when another node published (versions are only ever added, so their count and newest
/// time say whether anything changed).
/// </summary>
public sealed class ProcedureCatalogue(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyDictionary<string, ProcedureDefinition> _latest = new Dictionary<string, ProcedureDefinition>();
    private volatile CatalogueStamp? _loaded;

    public IReadOnlyCollection<ProcedureDefinition> All => (IReadOnlyCollection<ProcedureDefinition>)_latest.Values;

    public IEnumerable<ProcedureDefinition> Published => _latest.Values.Where(p => p.Published).OrderBy(p => p.Reading, StringComparer.Ordinal);

    public ProcedureDefinition? Find(string id) => _latest.GetValueOrDefault(id);

    public async Task<ProcedureDefinition?> FindVersionAsync(string id, int version, CancellationToken ct = default)
    {
        if (_latest.TryGetValue(id, out var latest) && latest.Version == version)
        {
            return latest;
        }
        await using var scope = scopes.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<ProcedureVersion>()
            .Where(v => v.ProcedureId == id && v.Version == version).Select(v => v.DefinitionJson).SingleOrDefaultAsync(ct);
        return json is null ? null : JsonSerializer.Deserialize<ProcedureDefinition>(json, CatalogueFiles.Json);
    }

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var versions = scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<ProcedureVersion>().AsNoTracking();
        var stamp = await StampAsync(versions, ct);
        var rows = await versions.Select(v => new { v.ProcedureId, v.Version, v.DefinitionJson }).ToListAsync(ct);
        _latest = rows.GroupBy(r => r.ProcedureId)
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToDictionary(r => r.ProcedureId, r => JsonSerializer.Deserialize<ProcedureDefinition>(r.DefinitionJson, CatalogueFiles.Json)!);
        _loaded = stamp;
    }

    /// <summary>Reloads when versions were published since the last load (by any node); true when it reloaded.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stamp = await StampAsync(scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<ProcedureVersion>().AsNoTracking(), ct);
        if (stamp == _loaded)
        {
            return false;
        }
        await ReloadAsync(ct);
        return true;
    }

    private static async Task<CatalogueStamp> StampAsync(IQueryable<ProcedureVersion> versions, CancellationToken ct) =>
        new(await versions.CountAsync(ct), await versions.MaxAsync(v => (DateTime?)v.PublishedAt, ct));

    private sealed record CatalogueStamp(int Versions, DateTime? Newest);
}
