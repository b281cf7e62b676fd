using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Platform.Database;

/// <summary>
/// The one database of the platform. Modules add their tables through
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes in their own folder and reach them with <c>Set&lt;T&gt;()</c>,
/// so no module edits this class.
/// </summary>
public abstract class TsunaguDb(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        StaffIdentityTables.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TsunaguDb).Assembly);
    }
}

/// <summary>The SQLite flavour; its own migration set lives in Migrations/Sqlite.</summary>
public sealed class SqliteTsunaguDb(DbContextOptions<SqliteTsunaguDb> options) : TsunaguDb(options);

/// <summary>The PostgreSQL flavour; its own migration set lives in Migrations/Postgres.</summary>
public sealed class PostgresTsunaguDb(DbContextOptions<PostgresTsunaguDb> options) : TsunaguDb(options);
