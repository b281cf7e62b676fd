using Tsunagu.Web.Payments.Fees.Gmo;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Operations;

namespace Tsunagu.Web.Payments.Fees;

/// <summary>
/// <c>Payments:Provider</c>: <c>Simulator</c> (the default; Development and Testing only) or <c>Gmo</c> with its
/// <c>Payments:Gmo</c> settings. A wrong choice is refused at start with one line.
/// </summary>
internal static class PaymentProviders
{
    public const string Key = "Payments:Provider";

    public static IServiceCollection AddPaymentProvider(this IServiceCollection services, IConfiguration configuration)
    {
        var name = configuration[Key] is { Length: > 0 } configured ? configured : "Simulator";
        var gmo = GmoOptions.From(configuration);
        services.AddSingleton(new ProviderChoice(name, name == "Gmo" ? gmo.FindProblem() : null));
        services.AddScoped<IStartupTask, ProviderStartup>();
        if (name != "Gmo")
        {
            services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
            return services;
        }
        services.AddSingleton(gmo);
        services.AddHttpClient<GmoPaymentGateway>(client =>
        {
            if (gmo.FindProblem() is null)
            {
                client.BaseAddress = new Uri(gmo.BaseUrl!.TrimEnd('/') + "/");
            }
            client.Timeout = TimeSpan.FromSeconds(gmo.TimeoutSeconds);
        });
        services.AddTransient<IPaymentProvider>(sp => sp.GetRequiredService<GmoPaymentGateway>());
        if (gmo.FindProblem() is null)
        {
            // The card-token script runs in the resident's browser; the policy must let it load and call home.
            services.Configure<ContentSecurityOptions>(o =>
            {
                o.ScriptSources.Add(gmo.TokenScriptOrigin);
                o.ConnectSources.Add(gmo.TokenScriptOrigin);
            });
        }
        return services;
    }
}

internal sealed record ProviderChoice(string Name, string? Problem);

/// <summary>The simulator takes no money: outside Development and Testing the town must name its real provider.</summary>
internal sealed class ProviderStartup(ProviderChoice choice, IHostEnvironment environment) : IStartupTask
{
    public Task RunAsync(CancellationToken ct) =>
        FindProblem(choice, environment) is { } problem ? throw new StartupRefusedException(problem) : Task.CompletedTask;

    public static string? FindProblem(ProviderChoice choice, IHostEnvironment environment) => choice.Name switch
    {
        "Gmo" => choice.Problem,
        "Simulator" when environment.IsDevelopment() || environment.IsEnvironment("Testing") => null,
        "Simulator" => $"{PaymentProviders.Key} is Simulator (no money moves) outside Development/Testing; set it to Gmo with Payments:Gmo settings.",
        _ => $"{PaymentProviders.Key} must be 'Simulator' or 'Gmo' (was '{choice.Name}').",
    };
}
