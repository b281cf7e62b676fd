using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Retry;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.Messaging;

/// <summary>Claims due messages and delivers each to every subscribed handler, at least once.</summary>
public sealed class OutboxProcessor(
    TsunaguDb db, IServiceProvider services, TimeProvider clock, DatabaseOptions dbOptions, ILogger<OutboxProcessor> logger)
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim s_sqliteClaimLock = new(1, 1);

    // Quick retries for passing faults (a busy database); longer back-off is durable, in AvailableAt.
    private static readonly ResiliencePipeline s_quickRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.FromMilliseconds(100), BackoffType = DelayBackoffType.Exponential })
        .Build();

    /// <summary>Delivers every due message; returns how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(int batchSize = 50, CancellationToken ct = default)
    {
        var claimed = await ClaimAsync(batchSize, ct);
        foreach (var id in claimed)
        {
            await DeliverAsync(id, ct);
        }
        return claimed.Count;
    }

    private async Task<List<Guid>> ClaimAsync(int batchSize, CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        // Several nodes may poll at once: SKIP LOCKED lets each take different rows on PostgreSQL.
        // SQLite has one writer, so a process-wide lock is enough there.
        var skipLocked = dbOptions.IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE {{OutboxMessageConfiguration.Table}} SET "LockedBy" = {0}, "LockedUntil" = {1}
            WHERE "Id" IN (SELECT "Id" FROM {{OutboxMessageConfiguration.Table}}
              WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL AND "AvailableAt" <= {2}
                AND ("LockedUntil" IS NULL OR "LockedUntil" < {2})
              ORDER BY "OccurredAt" LIMIT {3} {{skipLocked}})
            """;
        if (!dbOptions.IsPostgres)
        {
            await s_sqliteClaimLock.WaitAsync(ct);
        }
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql, [token, now.Add(s_lease), now, batchSize], ct);
        }
        finally
        {
            if (!dbOptions.IsPostgres)
            {
                s_sqliteClaimLock.Release();
            }
        }
        return await db.Set<OutboxMessage>().Where(m => m.LockedBy == token).OrderBy(m => m.OccurredAt)
            .Select(m => m.Id).ToListAsync(ct);
    }

    private async Task DeliverAsync(Guid id, CancellationToken ct)
    {
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, ct);
        var registry = services.GetRequiredService<IntegrationEventRegistry>();
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var eventType = registry.Find(message.Type)
                ?? throw new InvalidOperationException($"No handler is registered for {message.Type}.");
            var payload = JsonSerializer.Deserialize(message.Payload, eventType)!;
            foreach (var handlerType in registry.HandlersOf(eventType))
            {
                await s_quickRetry.ExecuteAsync(async token => await RunHandlerOnceAsync(message.Id, payload, eventType, handlerType, token), ct);
            }
            message.ProcessedAt = now;
            message.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.Attempts++;
            // The message text may come from a handler; keep only the type and a bounded message.
            var error = $"{ex.GetType().Name}: {ex.Message}";
            message.LastError = error.Length > 1000 ? error[..1000] : error;
            message.AvailableAt = now + Backoff(message.Attempts);
            message.FailedAt = message.Attempts >= MaxAttempts ? now : null;
            logger.LogWarning("Outbox message {MessageId} failed (attempt {Attempt}): {Error}", message.Id, message.Attempts, ex.GetType().Name);
        }
        message.LockedBy = null;
        message.LockedUntil = null;
        db.ChangeTracker.Clear();
        db.Set<OutboxMessage>().Update(message);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>2 s, 4 s, 8 s … capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, attempts)));

    private async Task RunHandlerOnceAsync(Guid messageId, object payload, Type eventType, Type handlerType, CancellationToken ct)
    {
        var handlerName = handlerType.FullName!;
        await using var scope = services.CreateAsyncScope();
        var scopedDb = scope.ServiceProvider.GetRequiredService<TsunaguDb>();
        if (await scopedDb.Set<HandledMessage>().AnyAsync(h => h.MessageId == messageId && h.Handler == handlerName, ct))
        {
            return;
        }
        var strategy = scopedDb.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await scopedDb.Database.BeginTransactionAsync(ct);
            var handler = scope.ServiceProvider.GetRequiredService(handlerType);
            var handle = typeof(IIntegrationEventSubscriber<>).MakeGenericType(eventType).GetMethod("HandleAsync")!;
            // DoNotWrapExceptions: the subscriber's own exception is what the outbox records.
            await (Task)handle.Invoke(handler, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [payload, messageId, ct], null)!;
            scopedDb.Set<HandledMessage>().Add(new HandledMessage { MessageId = messageId, Handler = handlerName, HandledAt = clock.GetUtcNow().UtcDateTime });
            await scopedDb.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
    }
}
