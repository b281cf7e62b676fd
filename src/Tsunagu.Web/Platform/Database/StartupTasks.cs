using Microsoft.EntityFrameworkCore;

namespace Tsunagu.Web.Platform.Database;

/// <summary>Fills an empty database with demo data; modules register one each.</summary>
public interface IDemoSeeder
{
    /// <summary>Lower runs first (registry before the modules that read it).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}

/// <summary>Work every start needs after migrations (loading the procedure catalogue…); modules register one each.</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken ct);
}

/// <summary>Migrations, module start-up tasks, then demo data when the settings ask for it.</summary>
public sealed class StartupTasks(
    TsunaguDb db, IEnumerable<IStartupTask> tasks, IEnumerable<IDemoSeeder> seeders, IConfiguration configuration, ILogger<StartupTasks> logger)
{
    public async Task RunModuleTasksAsync(CancellationToken ct = default)
    {
        foreach (var task in tasks)
        {
            await task.RunAsync(ct);
        }
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s)", pending.Count);
            await db.Database.MigrateAsync(ct);
        }
    }

    public async Task SeedDemoAsync(CancellationToken ct = default)
    {
        if (!configuration.GetValue("Tsunagu:DemoTown:Seed", false))
        {
            return;
        }
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(ct);
        }
    }
}
