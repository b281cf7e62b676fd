using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Layout;
using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.Operations;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Platform;

/// <summary>What every module stands on. Program.cs calls these and each module's own Add…/Map….</summary>
public static class PlatformModule
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var data = DataDirectory.FromConfiguration(builder.Configuration);
        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IActorContext, HttpActorContext>();
        services.AddScoped<AuditLog>();
        services.AddDatabase(builder.Configuration, data);
        services.AddMessaging(builder.Configuration);
        services.AddStaffIdentity(builder.Configuration);
        services.AddResidentIdentity(builder.Configuration);
        services.AddMail(builder.Configuration);
        services.AddHealth();
        services.AddProblemResponses();
        // Keys outside the repository and shared by every node that uses the same data folder.
        services.AddDataProtection().SetApplicationName("Tsunagu").PersistKeysToFileSystem(new DirectoryInfo(data.Combine("keys")));
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.Add(new StaffFolderConvention());
            o.Conventions.Add(new ResidentFolderConvention());
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tsunagu-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<ContentSecurityOptions>(builder.Configuration.GetSection(ContentSecurityOptions.Section));
        services.AddPublicEntry(new PublicEntry("アクセシビリティ方針", "このサイトの使いやすさへの取り組みと検査の結果です。", "/accessibility", "あくせしびりてぃ 読み上げ 文字の大きさ"));
        services.AddScoped<StartupTasks>();
        services.AddSingleton<Files.FileStore>();
        services.AddPlatformCommands();
        services.AddScoped<IDemoSeeder, DemoStaff>();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // Behind a TLS-terminating proxy the app must see https, or staff cookies lose Secure and HSTS is not sent.
        if (app.Configuration.GetValue("Tsunagu:BehindProxy", false))
        {
            app.UseForwardedHeaders(new ForwardedHeadersOptions
            {
                ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            });
        }
        app.UseProblemResponses();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture("ja-JP").AddSupportedCultures("ja-JP", "en").AddSupportedUICultures("ja-JP", "en");
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseResidentSession();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapHealth();
        app.MapPreferences();
        app.MapPost("/staff/signout", async (HttpContext http, Microsoft.AspNetCore.Identity.SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/staff/signin");
        });
        return app;
    }
}
