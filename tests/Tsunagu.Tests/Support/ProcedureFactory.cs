using Microsoft.AspNetCore.Hosting;

namespace Tsunagu.Tests.Support;

/// <summary>The app with the small test catalogue (tests/Tsunagu.Tests/Procedures/TestCatalog) instead of the town's.</summary>
public class ProcedureFactory : TsunaguFactory
{
    public static string TestCatalog => Path.Combine(AppContext.BaseDirectory, "Procedures", "TestCatalog");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tsunagu:CatalogDirectory", TestCatalog);
    }
}
