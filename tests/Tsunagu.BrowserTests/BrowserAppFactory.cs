using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;

namespace Tsunagu.BrowserTests;

/// <summary>The whole application on a real loopback port, so that Chromium can load it.</summary>
public sealed class BrowserAppFactory : TsunaguFactory
{
    /// <summary>The request header by which each browser context says which client it plays.</summary>
    public const string ClientHeader = "X-Tsunagu-Test-Client";

    public BrowserAppFactory() => UseKestrel(0);

    /// <summary>A few residents, so a software My Number card can be issued to one of them.</summary>
    protected override int DemoPeople => 40;

    /// <summary>Starts Kestrel and returns the address it bound, such as <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no addresses");
        return new Uri(addresses.First());
    }

    /// <summary>The town's catalogue plus the test procedure that has every field type.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var catalog = Path.Combine(Database.DataDirectory, "catalog");
        Directory.CreateDirectory(catalog);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "catalog", "procedures"), "*.json")
                     .Append(Path.Combine(AppContext.BaseDirectory, "TestCatalog", "test-every-field.json"))
                     .Append(Path.Combine(AppContext.BaseDirectory, "TestCatalog", "test-signed.json")))
        {
            File.Copy(file, Path.Combine(catalog, Path.GetFileName(file)), overwrite: true);
        }
        builder.UseSetting("Tsunagu:CatalogDirectory", catalog);
        builder.UseSetting("MyNumberCard:AllowTestCa", "true");
        // The kiosk simulator runs whenever the tests do; the opening hours themselves are tested with a fake clock.
        builder.UseSetting("Certificates:Kiosk:Opens", "00:00");
        builder.UseSetting("Certificates:Kiosk:Closes", "24:00");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, TestClientAddress>();

    // Every browser context comes from 127.0.0.1, so together they would soon use up the sign-in rate
    // limit (30 a minute per address). Each context gets an address of its own, as staff at their own PCs do.
    private sealed class TestClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers[ClientHeader] is [{ } client] && IPAddress.TryParse(client, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                await nextMiddleware();
            });
            next(app);
        };
    }
}
