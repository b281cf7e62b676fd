using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tsunagu.Web.Platform.Database;

// dotnet-ef needs a way to build each flavour without starting the web host.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTsunaguDb>
{
    public SqliteTsunaguDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTsunaguDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTsunaguDb>
{
    public PostgresTsunaguDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTsunaguDb>().UseNpgsql("Host=127.0.0.1;Username=postgres").Options);
}
