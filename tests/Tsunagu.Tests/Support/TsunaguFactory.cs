using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Tsunagu.Tests.Support;

/// <summary>The whole application on its own database; the outbox poller is off so tests drive it.</summary>
public class TsunaguFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = new();

    /// <summary>Size of the seeded demo town; 0 seeds nothing.</summary>
    protected virtual int DemoPeople => 0;

    protected virtual int SignInsPerMinute => 100_000;

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Tsunagu:DataDirectory", Database.DataDirectory);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Tsunagu", Database.ConnectionString);
        builder.UseSetting("Tsunagu:Outbox:Enabled", "false");
        // Every test client shares one address; the limiter itself is tested with its default.
        builder.UseSetting("Tsunagu:RateLimits:SignInPerMinute", SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Tsunagu:DemoTown:Seed", DemoPeople > 0 ? "true" : "false");
        builder.UseSetting("Tsunagu:DemoTown:People", DemoPeople.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(ConfigureTestServices);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

/// <summary>A factory with a small seeded demo town, shared by the tests of one class.</summary>
public sealed class SeededTownFactory : TsunaguFactory
{
    protected override int DemoPeople => 300;
}
