using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Apply;

namespace Tsunagu.Bench;

/// <summary>The whole app in memory on a fresh database, plus a minimal endpoint that inserts one row (the baseline).</summary>
internal sealed class BenchHost(string provider, string connectionString, string dataDirectory, string catalog) : WebApplicationFactory<DataDirectory>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Tsunagu.Web")));
        builder.UseSetting("Tsunagu:DataDirectory", dataDirectory);
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Tsunagu", connectionString);
        builder.UseSetting("Tsunagu:CatalogDirectory", catalog);
        builder.UseSetting("Tsunagu:Outbox:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, BaselineEndpoint>());
    }

    private sealed class BaselineEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseEndpoints(e => e.MapPost("/bench/insert-one-row", async (TsunaguDb db) =>
            {
                var now = DateTime.UtcNow;
                db.Set<Draft>().Add(new Draft { Id = Guid.CreateVersion7(), ProcedureId = "baseline", Owner = "bench", CreatedAt = now, UpdatedAt = now });
                await db.SaveChangesAsync();
                return Results.NoContent();
            }));
        };
    }
}
