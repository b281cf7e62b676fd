using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Tests.Platform;

public sealed class MigrationTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteTsunaguDb(new DbContextOptionsBuilder<SqliteTsunaguDb>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for SqliteTsunaguDb");
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        using var db = new PostgresTsunaguDb(new DbContextOptionsBuilder<PostgresTsunaguDb>().UseNpgsql("Host=127.0.0.1").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for PostgresTsunaguDb");
    }

    [Fact]
    public async Task Start_FreshDatabase_AppliesEveryMigration() =>
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        });

    [Fact]
    public async Task MigrateCommand_UpToDateDatabase_SucceedsAgain() =>
        await factory.WithScopeAsync(async sp =>
        {
            var command = sp.GetServices<Tsunagu.Web.Platform.Cli.IAdminCommand>().Single(c => c.Name == "migrate");
            var output = new StringWriter();

            Assert.Equal(0, await command.RunAsync(Tsunagu.Web.Platform.Cli.CommandOptions.Parse([]), output, CancellationToken.None));
            Assert.Contains("up to date", output.ToString(), StringComparison.Ordinal);
        });
}
