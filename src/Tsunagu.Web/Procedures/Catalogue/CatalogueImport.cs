using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Operations;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>
/// At start: validates every catalogue file (refusing to start on a bad one) and stores versions the
/// database does not have yet. A file never overwrites a stored version: to change a form, raise its version.
/// </summary>
internal sealed class CatalogueImport(TsunaguDb db, ProcedureCatalogue catalogue, IConfiguration configuration, TimeProvider clock, ILogger<CatalogueImport> logger)
    : IStartupTask
{
    public static string DirectoryFrom(IConfiguration configuration) =>
        configuration["Tsunagu:CatalogDirectory"] is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "catalog", "procedures");

    public async Task RunAsync(CancellationToken ct)
    {
        var directory = DirectoryFrom(configuration);
        if (!Directory.Exists(directory))
        {
            throw new StartupRefusedException($"the procedure catalogue folder '{directory}' does not exist");
        }
        var (definitions, errors) = CatalogueFiles.LoadDirectory(directory);
        if (errors.Count > 0)
        {
            throw new StartupRefusedException(errors[0] + (errors.Count > 1 ? $" (and {errors.Count - 1} more problems)" : ""));
        }
        var stored = await db.Set<ProcedureVersion>().Select(v => new { v.ProcedureId, v.Version, v.DefinitionJson }).ToListAsync(ct);
        var known = stored.ToDictionary(s => (s.ProcedureId, s.Version), s => s.DefinitionJson);
        foreach (var d in definitions.Where(d => known.TryGetValue((d.Id, d.Version), out var json) && json != CatalogueFiles.Serialize(d)))
        {
            logger.LogWarning("Catalogue file {Procedure} differs from its stored version {Version}; raise the version to publish the change", d.Id, d.Version);
        }
        var added = 0;
        foreach (var d in definitions.Where(d => !known.ContainsKey((d.Id, d.Version))))
        {
            db.Set<ProcedureVersion>().Add(new ProcedureVersion
            {
                Id = Guid.CreateVersion7(),
                ProcedureId = d.Id,
                Version = d.Version,
                DefinitionJson = CatalogueFiles.Serialize(d),
                PublishedAt = clock.GetUtcNow().UtcDateTime,
                PublishedBy = "catalog-file",
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        await catalogue.ReloadAsync(ct);
        logger.LogInformation("Procedure catalogue: {Files} files, {Added} new versions stored", definitions.Count, added);
    }
}
