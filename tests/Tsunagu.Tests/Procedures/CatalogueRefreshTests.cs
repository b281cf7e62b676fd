using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Tests.Procedures;

/// <summary>Several nodes share one database: a version published elsewhere reaches this node's cached catalogue.</summary>
public sealed class CatalogueRefreshTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task RefreshIfChanged_VersionPublishedByAnotherNode_IsLoadedOnce()
    {
        var catalogue = factory.Services.GetRequiredService<ProcedureCatalogue>();
        await catalogue.RefreshIfChangedAsync();
        Assert.Null(catalogue.Find("test-other-node"));
        var definition = JsonSerializer.Deserialize<ProcedureDefinition>(
            File.ReadAllText(Path.Combine(ProcedureFactory.TestCatalog, "test-juminhyo.json")), CatalogueFiles.Json)! with
        { Id = "test-other-node", Name = "別の職員端末で公開した手続き", Version = 1 };

        // Written straight to the database, as another node's publish would be: this node's cache is not told.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            db.Add(new ProcedureVersion
            {
                Id = Guid.NewGuid(),
                ProcedureId = definition.Id,
                Version = 1,
                PublishedAt = DateTime.UtcNow,
                PublishedBy = "other-node",
                DefinitionJson = JsonSerializer.Serialize(definition, CatalogueFiles.Json),
            });
            await db.SaveChangesAsync();
            return 0;
        });

        Assert.Null(catalogue.Find("test-other-node"));
        Assert.True(await catalogue.RefreshIfChangedAsync());
        Assert.Equal("別の職員端末で公開した手続き", catalogue.Find("test-other-node")!.Name);
        Assert.False(await catalogue.RefreshIfChangedAsync());
    }
}
