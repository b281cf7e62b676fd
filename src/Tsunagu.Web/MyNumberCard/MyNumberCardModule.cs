using Tsunagu.Web.MyNumberCard.Api;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Operations;

namespace Tsunagu.Web.MyNumberCard;

public static class MyNumberCardModule
{
    public static WebApplicationBuilder AddMyNumberCard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => CardOptions.From(builder.Configuration, sp.GetRequiredService<DataDirectory>()));
        services.AddSingleton(new CardEnvironment(CardOptions.FindProblem(builder.Configuration, builder.Environment)));
        services.AddSingleton<CrlStore>();
        services.AddHttpClient(CrlRefresher.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<CrlRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<CrlRefresher>());
        services.AddHealthChecks().AddCheck<CrlHealthCheck>("card-crl");
        services.AddSingleton<CardCertificateVerifier>();
        services.AddSingleton<CmsSignatures>();
        services.AddSingleton<Contracts.ISignatureVerifier>(sp => sp.GetRequiredService<CmsSignatures>());
        services.AddSingleton<Contracts.ISoftwareCardSigner>(sp => sp.GetRequiredService<CmsSignatures>());
        services.AddSingleton<Contracts.ICardFaceReader, SoftwareCardFaceReader>();
        services.AddSingleton<TestCertificateAuthority>();
        services.AddScoped<TestCards>();
        services.AddScoped<Contracts.ITestCards>(sp => sp.GetRequiredService<TestCards>());
        services.AddScoped<Contracts.ICardAuthentication, CardAuthenticator>();
        services.AddScoped<CardChallenges>();
        services.AddScoped<CardSignIn>();
        services.AddScoped<IStartupTask, TestCaStartup>();
        services.AddAdminCommand<CardIssueCommand>();
        services.AddAdminCommand<CardRevokeCommand>();
        services.AddAdminCommand<VerifySignatureCommand>();
        DigitalAuthApp.Add(builder);
        return builder;
    }

    public static WebApplication MapMyNumberCard(this WebApplication app)
    {
        app.MapCardApi();
        return app;
    }
}

/// <summary>The configuration problem found at start, if any; the test CA is unusable while there is one.</summary>
public sealed record CardEnvironment(string? Problem);

/// <summary>Refuses to start with the test CA outside Development/Testing, and creates the CA on first start when allowed.</summary>
internal sealed class TestCaStartup(CardEnvironment environment, CardOptions options, TestCertificateAuthority ca) : IStartupTask
{
    public Task RunAsync(CancellationToken ct)
    {
        if (environment.Problem is { } problem)
        {
            throw new StartupRefusedException(problem);
        }
        if (options.AllowTestCa)
        {
            ca.Root().Dispose();
        }
        return Task.CompletedTask;
    }
}
