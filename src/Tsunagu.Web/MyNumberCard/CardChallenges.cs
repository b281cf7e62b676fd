using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>Single-use sign-in nonces (32 random bytes, 5 minutes), stored as SHA-256 only.</summary>
public sealed class CardChallenges(TsunaguDb db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<(byte[] Nonce, DateTime ExpiresAt)> IssueAsync(CancellationToken ct = default)
    {
        var nonce = RandomNumberGenerator.GetBytes(32);
        var now = clock.GetUtcNow().UtcDateTime;
        // Expired nonces are of no use to anyone; each issue sweeps them.
        await db.Set<CardChallenge>().Where(c => c.ExpiresAt < now.AddHours(-1)).ExecuteDeleteAsync(ct);
        var challenge = new CardChallenge { NonceHash = Hash(nonce), ExpiresAt = now + Lifetime };
        db.Set<CardChallenge>().Add(challenge);
        await db.SaveChangesAsync(ct);
        return (nonce, challenge.ExpiresAt);
    }

    /// <summary>Uses the nonce up; false when it is unknown, expired or used. One conditional UPDATE, so a replay racing the original loses.</summary>
    public async Task<bool> ConsumeAsync(byte[] nonce, CancellationToken ct = default)
    {
        if (nonce.Length != 32)
        {
            return false;
        }
        var hash = Hash(nonce);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<CardChallenge>()
            .Where(c => c.NonceHash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct) == 1;
    }

    private static string Hash(byte[] nonce) => Convert.ToHexStringLower(SHA256.HashData(nonce));
}
