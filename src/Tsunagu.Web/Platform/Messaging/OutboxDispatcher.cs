namespace Tsunagu.Web.Platform.Messaging;

/// <summary>Polls the outbox in the background on every node.</summary>
internal sealed class OutboxDispatcher(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Tsunagu:Outbox:PollMilliseconds", 1000));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var processor = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();
                while (await processor.DispatchDueAsync(ct: stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox polling failed; trying again at the next tick");
            }
        }
    }
}

public static class MessagingModule
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<EventOutbox>();
        services.AddScoped<OutboxProcessor>();
        services.AddSingleton<IntegrationEventRegistry>();
        if (configuration.GetValue("Tsunagu:Outbox:Enabled", true))
        {
            services.AddHostedService<OutboxDispatcher>();
        }
        return services;
    }
}
