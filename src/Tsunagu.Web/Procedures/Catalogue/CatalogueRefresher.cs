using System.Data.Common;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>
/// Keeps every node's catalogue current when several nodes share one database: a procedure published on one node
/// appears on the others within <c>Procedures:CatalogueRefreshSeconds</c> (default 30).
/// </summary>
public sealed class CatalogueRefresher(ProcedureCatalogue catalogue, IConfiguration configuration, TimeProvider time, ILogger<CatalogueRefresher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Max(1, configuration.GetValue("Procedures:CatalogueRefreshSeconds", 30));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await catalogue.RefreshIfChangedAsync(stoppingToken))
                {
                    log.LogInformation("Procedure catalogue reloaded: another node published a procedure");
                }
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
            {
                // The database may be briefly away; the next tick tries again and the cached catalogue keeps serving.
                log.LogWarning("Procedure catalogue refresh failed ({Error}); retrying at the next tick", ex.GetType().Name);
            }
        }
    }
}
