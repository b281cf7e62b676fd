using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Tsunagu.Web.Platform.Operations;

namespace Tsunagu.Tests.Platform;

public sealed class StartupConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void FindProblem_Defaults_NoProblem() =>
        Assert.Null(StartupConfiguration.FindProblem(Config(("Tsunagu:DataDirectory", Path.GetTempPath()))));

    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider must be")]
    [InlineData("Database:MigrateOnStart", "maybe", "Database settings are invalid")]
    [InlineData("Tsunagu:DemoTown:People", "lots", "Tsunagu:DemoTown:People must be")]
    public void FindProblem_BadSetting_NamesIt(string key, string value, string expected)
    {
        var problem = StartupConfiguration.FindProblem(Config((key, value), ("Tsunagu:DataDirectory", Path.GetTempPath())));

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void FindProblem_PostgresWithoutConnectionString_SaysSo() =>
        Assert.Contains("ConnectionStrings:Tsunagu", StartupConfiguration.FindProblem(Config(("Database:Provider", "Postgres"), ("Tsunagu:DataDirectory", Path.GetTempPath()))), StringComparison.Ordinal);

    [Fact]
    public async Task Program_InvalidProvider_ExitsWithOneLineReason()
    {
        var dll = typeof(Tsunagu.Web.Platform.PlatformModule).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, "--Database:Provider=Oracle", "--data", Path.Combine(Path.GetTempPath(), "tsunagu-badconfig")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Equal("Tsunagu cannot start: Database:Provider must be 'Sqlite' or 'Postgres' (was 'Oracle').", stderr.Trim());
    }
}
