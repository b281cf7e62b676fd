using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;

namespace Tsunagu.Tests.Platform;

public sealed record TestHappened(string Note);

/// <summary>Counts deliveries; fails on purpose for notes starting with "fail".</summary>
public sealed class TestHappenedSubscriber : IIntegrationEventSubscriber<TestHappened>
{
    public static readonly ConcurrentDictionary<string, int> Deliveries = new();

    public Task HandleAsync(TestHappened integrationEvent, Guid messageId, CancellationToken ct)
    {
        if (integrationEvent.Note.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("subscriber refused");
        }
        Deliveries.AddOrUpdate(integrationEvent.Note, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

public sealed class OutboxFactory : TsunaguFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddIntegrationEventHandler<TestHappened, TestHappenedSubscriber>();
}

public sealed class OutboxTests(OutboxFactory factory) : IClassFixture<OutboxFactory>
{
    private async Task<Guid> PublishAsync(string note, bool commit = true) =>
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var id = sp.GetRequiredService<EventOutbox>().Add(new TestHappened(note));
            await db.SaveChangesAsync();
            if (commit)
            {
                await tx.CommitAsync();
            }
            return id;
        });

    private Task<int> DispatchAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().DispatchDueAsync());

    private Task<OutboxMessage> MessageAsync(Guid id) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task DispatchDueAsync_PublishedEvent_DeliversOnceAndMarksProcessed()
    {
        var note = "once-" + Guid.NewGuid();
        var id = await PublishAsync(note);

        await DispatchAsync();
        await DispatchAsync();

        Assert.Equal(1, TestHappenedSubscriber.Deliveries[note]);
        Assert.NotNull((await MessageAsync(id)).ProcessedAt);
    }

    [Fact]
    public async Task DispatchDueAsync_MessageRedelivered_InboxPreventsSecondHandling()
    {
        var note = "redeliver-" + Guid.NewGuid();
        var id = await PublishAsync(note);
        await DispatchAsync();
        // Simulates a node that crashed after handling but before marking the message processed.
        await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<OutboxMessage>()
            .Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null)));

        await DispatchAsync();

        Assert.Equal(1, TestHappenedSubscriber.Deliveries[note]);
        Assert.NotNull((await MessageAsync(id)).ProcessedAt);
    }

    [Fact]
    public async Task Add_TransactionRolledBack_StoresNoMessage()
    {
        var id = await PublishAsync("rolled-back", commit: false);

        var exists = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<OutboxMessage>().AnyAsync(m => m.Id == id));

        Assert.False(exists);
    }

    [Fact]
    public async Task DispatchDueAsync_SubscriberFails_RecordsErrorAndBacksOff()
    {
        var id = await PublishAsync("fail-" + Guid.NewGuid());

        await DispatchAsync();
        var message = await MessageAsync(id);

        Assert.Null(message.ProcessedAt);
        Assert.Equal(1, message.Attempts);
        Assert.Contains("subscriber refused", message.LastError, StringComparison.Ordinal);
        Assert.True(message.AvailableAt > message.OccurredAt.AddSeconds(1));
        Assert.Null(message.LockedBy);
    }

    [Fact]
    public async Task DispatchDueAsync_SeveralNodesAtOnce_DeliverEachMessageExactlyOnce()
    {
        var notes = Enumerable.Range(0, 30).Select(i => $"parallel-{i}-{Guid.NewGuid()}").ToList();
        foreach (var note in notes)
        {
            await PublishAsync(note);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(DispatchAsync)));
        await DispatchAsync();

        Assert.All(notes, n => Assert.Equal(1, TestHappenedSubscriber.Deliveries[n]));
    }

    [Fact]
    public void Backoff_GrowsAndIsCapped()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxProcessor.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(8), OutboxProcessor.Backoff(3));
        Assert.Equal(TimeSpan.FromHours(1), OutboxProcessor.Backoff(30));
    }
}
