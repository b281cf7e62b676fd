using System.Threading.RateLimiting;
using Tsunagu.Web.OpenData.Api;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Live;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Layout;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.StaffIdentity.Staff;

namespace Tsunagu.Web.OpenData;

public static class OpenDataModule
{
    public const string RateLimit = "opendata";

    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(OpenDataOptions.Section).Get<OpenDataOptions>() ?? new OpenDataOptions();
        services.AddSingleton(options);
        services.AddSingleton(_ => SchemaCatalogue.Load(SchemaCatalogue.DefaultFolder));
        services.AddSingleton(_ => new CsvValidator(options.Bounds));
        services.AddSingleton<OpenDataFiles>();
        services.AddScoped<DatasetEditing>();
        services.AddScoped<ResourceUploads>();
        services.AddScoped<DatasetQueries>();
        services.AddScoped<ResourceContent>();
        services.AddScoped<PopulationTable>();
        services.AddScoped<ProcedureTable>();
        services.AddScoped<Contracts.IOpenDataStatistics, OpenDataStatistics>();
        services.AddScoped<IDemoSeeder, Demo.DemoDatasets>();
        services.AddScoped<CkanActions>();
        var perMinute = builder.Configuration.GetValue("Tsunagu:RateLimits:OpenDataPerMinute", 600);
        // Machine clients share no cookies, so the limit is per address; 600 a minute lets a harvester read the whole catalogue.
        services.AddRateLimiter(o => o.AddPolicy(RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));
        services.AddSingleton(new StaffEntry("オープンデータ", "課のデータセットを登録し、標準の形式に合っているか確かめてから公開します。", "/staff/opendata",
            StaffRoles.Examiner, StaffRoles.Manager, StaffRoles.Admin));
        services.AddPublicEntry(new PublicEntry("オープンデータ", "町が公開しているデータ(避難場所、AED、公共施設、人口など)を、誰でも自由に使えます。", "/opendata",
            "おーぷんでーた データ 統計 CSV 地図"));
        return builder;
    }

    public static WebApplication MapOpenData(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<OpenDataOptions>().MaxUploadBytes;
        // Uploads stop at the configured size while the body is still streaming in, not after it has been buffered.
        app.UseWhen(http => HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/staff/opendata"), branch => branch.Use((http, next) =>
        {
            if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit + (64 * 1024);
            }
            return next(http);
        }));
        app.MapOpenDataDownloads();
        app.MapCkanApi();
        Dcat.DcatEndpoints.MapDcat(app);
        return app;
    }
}
