using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>The published procedures, newest version of each, cached in memory and reloaded on publish.</summary>
public sealed class ProcedureCatalogue(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyDictionary<string, ProcedureDefinition> _latest = new Dictionary<string, ProcedureDefinition>();

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
        var rows = await scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<ProcedureVersion>().AsNoTracking()
            .Select(v => new { v.ProcedureId, v.Version, v.DefinitionJson }).ToListAsync(ct);
        _latest = rows.GroupBy(r => r.ProcedureId)
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToDictionary(r => r.ProcedureId, r => JsonSerializer.Deserialize<ProcedureDefinition>(r.DefinitionJson, CatalogueFiles.Json)!);
    }
}
