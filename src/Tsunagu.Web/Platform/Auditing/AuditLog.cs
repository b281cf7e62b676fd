using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.Auditing;

/// <summary>Appends entries to the hash-chained audit log and verifies the chain.</summary>
public sealed class AuditLog(TsunaguDb db, IActorContext actor, TimeProvider clock, DatabaseOptions dbOptions)
{
    // One writer at a time inside this process; across nodes PostgreSQL's advisory lock serialises appends.
    private static readonly SemaphoreSlim s_appendLock = new(1, 1);
    private const long AdvisoryLockKey = 0x7473756e61677541; // "tsunaguA"

    /// <summary>Records an access by the current staff actor. Does nothing for residents reading their own data.</summary>
    public async Task RecordAsync(string action, string subjectType, string subjectId, string purpose, CancellationToken ct = default)
    {
        if (actor.StaffActor is not { } who)
        {
            return;
        }
        await AppendAsync(who, action, subjectType, subjectId, purpose, ct);
    }

    public async Task<AuditEntry> AppendAsync(string who, string action, string subjectType, string subjectId, string purpose, CancellationToken ct = default)
    {
        await s_appendLock.WaitAsync(ct);
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (dbOptions.IsPostgres)
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
                }
                var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Id)
                    .Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(ct);
                var entry = new AuditEntry
                {
                    Id = (last?.Id ?? 0) + 1,
                    At = AuditChain.ToStoredPrecision(clock.GetUtcNow().UtcDateTime),
                    Actor = Truncate(who, 100),
                    Action = Truncate(action, 100),
                    SubjectType = Truncate(subjectType, 60),
                    SubjectId = Truncate(subjectId, 100),
                    Purpose = Truncate(purpose, 200),
                    RequestId = Truncate(actor.RequestId, 100),
                    PreviousHash = last?.Hash ?? AuditChain.Genesis,
                };
                entry.Hash = AuditChain.ComputeHash(entry);
                db.Set<AuditEntry>().Add(entry);
                await db.SaveChangesAsync(ct);
                db.Entry(entry).State = EntityState.Detached;
                await tx.CommitAsync(ct);
                return entry;
            });
        }
        finally
        {
            s_appendLock.Release();
        }
    }

    /// <summary>Recomputes every hash in order and names the first entry that does not match.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var previous = AuditChain.Genesis;
        long expectedId = 1, count = 0;
        await foreach (var e in db.Set<AuditEntry>().AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.Id != expectedId)
            {
                return new(count, expectedId, $"entry {expectedId} is missing (next is {e.Id})");
            }
            if (e.PreviousHash != previous)
            {
                return new(count, e.Id, "previous-hash does not match the entry before it");
            }
            e.At = DateTime.SpecifyKind(e.At, DateTimeKind.Utc);
            if (AuditChain.ComputeHash(e) != e.Hash)
            {
                return new(count, e.Id, "content does not match its hash");
            }
            previous = e.Hash;
            expectedId++;
        }
        return new(count, null, null);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
