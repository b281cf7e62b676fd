using Tsunagu.Web.Cases;
using Tsunagu.Web.Certificates;
using Tsunagu.Web.Payments;
using Tsunagu.Web.Counter;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.OpenData;
using Tsunagu.Web.Platform;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Operations;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures;
using Tsunagu.Web.Residents;

var builder = WebApplication.CreateBuilder(args);
if (StartupConfiguration.FindProblem(builder.Configuration) is { } problem)
{
    Console.Error.WriteLine($"Tsunagu cannot start: {problem}");
    return 1;
}
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.AddPlatform();
builder.Services.AddResidents();
builder.Services.AddProcedures();
builder.Services.AddCases();
builder.Services.AddCertificates();
builder.Services.AddPayments(builder.Configuration);
builder.Services.AddCounter();
builder.AddMyNumberCard();
builder.AddOpenData();

var app = builder.Build();
app.UsePlatform();
app.MapProcedures();
app.MapMyNumberCard();
app.MapCertificates();
app.MapOpenData();

if (CommandRunner.IsCommand(args))
{
    return await CommandRunner.RunAsync(app, args);
}

try
{
    await using var scope = app.Services.CreateAsyncScope();
    var startup = scope.ServiceProvider.GetRequiredService<StartupTasks>();
    if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStart)
    {
        await startup.MigrateAsync();
    }
    await startup.RunModuleTasksAsync();
    await startup.SeedDemoAsync();
}
catch (StartupRefusedException ex)
{
    Console.Error.WriteLine($"Tsunagu cannot start: {ex.Message}");
    return 1;
}
catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
{
    // Serve anyway: /healthz answers 503 so the load balancer keeps traffic away, and pages show the polite error.
    Console.Error.WriteLine($"Tsunagu: the database is not reachable at start ({ex.GetType().Name}); serving with /healthz 503 until it is.");
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"Tsunagu is serving 九重町 at {url}");
    }
    if (app.Environment.IsDevelopment())
    {
        Console.WriteLine("Demo staff (Development only; enrol an authenticator app at first sign-in):");
        foreach (var line in DemoStaff.Describe(app.Services.GetRequiredService<DataDirectory>()))
        {
            Console.WriteLine("  " + line.Replace('\t', ' '));
        }
    }
});
await app.RunAsync();
return 0;
