namespace Tsunagu.Web.Platform.Messaging;

/// <summary>Reacts to an integration event published by another module. Must be idempotent.</summary>
public interface IIntegrationEventSubscriber<in TEvent>
{
    Task HandleAsync(TEvent integrationEvent, Guid messageId, CancellationToken ct);
}

internal sealed record HandlerRegistration(Type EventType, Type HandlerType);

/// <summary>Maps stored type names to event types and their handlers.</summary>
internal sealed class IntegrationEventRegistry(IEnumerable<HandlerRegistration> registrations)
{
    private readonly Dictionary<string, Type> _events = registrations
        .Select(r => r.EventType).Distinct().ToDictionary(NameOf);

    private readonly ILookup<Type, Type> _handlers = registrations.ToLookup(r => r.EventType, r => r.HandlerType);

    public static string NameOf(Type eventType) => eventType.FullName!;

    public Type? Find(string name) => _events.GetValueOrDefault(name);

    public IEnumerable<Type> HandlersOf(Type eventType) => _handlers[eventType];
}

public static class IntegrationEventServices
{
    /// <summary>Subscribes a handler to an event; a module calls this from its Add… method.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IIntegrationEventSubscriber<TEvent>
    {
        services.AddSingleton(new HandlerRegistration(typeof(TEvent), typeof(THandler)));
        services.AddScoped<THandler>();
        return services;
    }
}
