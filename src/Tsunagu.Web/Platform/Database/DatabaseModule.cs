using Microsoft.EntityFrameworkCore;

namespace Tsunagu.Web.Platform.Database;

public static class DatabaseModule
{
    public const string ConnectionName = "Tsunagu";

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, DataDirectory data)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        if (options.IsPostgres)
        {
            var connection = configuration.GetConnectionString(ConnectionName)!;
            services.AddDbContext<PostgresTsunaguDb>(o => o.UseNpgsql(connection));
            services.AddScoped<TsunaguDb>(sp => sp.GetRequiredService<PostgresTsunaguDb>());
        }
        else
        {
            var connection = configuration.GetConnectionString(ConnectionName) is { Length: > 0 } c
                ? c
                : $"Data Source={data.Combine("tsunagu.db")}";
            services.AddDbContext<SqliteTsunaguDb>(o => o.UseSqlite(connection));
            services.AddScoped<TsunaguDb>(sp => sp.GetRequiredService<SqliteTsunaguDb>());
        }
        return services;
    }
}
