using System.Text.Json;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.Messaging;

/// <summary>
/// Publishes integration events by adding them to the caller's unit of work: the event is stored
/// by the same <c>SaveChangesAsync</c> as the change, so neither exists without the other.
/// </summary>
public sealed class EventOutbox(TsunaguDb db, TimeProvider clock)
{
    public Guid Add<TEvent>(TEvent integrationEvent) where TEvent : notnull
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = IntegrationEventRegistry.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent),
            OccurredAt = now,
            AvailableAt = now,
        };
        db.Set<OutboxMessage>().Add(message);
        return message.Id;
    }
}
