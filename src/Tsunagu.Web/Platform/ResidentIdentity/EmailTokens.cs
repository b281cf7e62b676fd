using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>Single-use, expiring links sent by e-mail (verification and password reset).</summary>
public sealed class EmailTokens(TsunaguDb db, TimeProvider clock)
{
    public static readonly TimeSpan VerifyLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);

    // 32 random bytes in url-safe base64 without padding.
    private const int TokenLength = 43;

    /// <summary>Adds a new token to the context (saved by the caller's SaveChanges) and returns the text for the link.</summary>
    public string Issue(Guid accountId, string purpose)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var lifetime = purpose == EmailTokenPurpose.Reset ? ResetLifetime : VerifyLifetime;
        db.Set<ResidentEmailToken>().Add(new ResidentEmailToken
        {
            TokenHash = Hash(token),
            AccountId = accountId,
            Purpose = purpose,
            ExpiresAt = clock.GetUtcNow().UtcDateTime + lifetime,
        });
        return token;
    }

    /// <summary>Whether the link would work now, without using it up (to show the form or the refusal).</summary>
    public async Task<bool> IsUsableAsync(string? token, string purpose, CancellationToken ct = default)
    {
        if (!LooksLikeToken(token))
        {
            return false;
        }
        var hash = Hash(token!);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ResidentEmailToken>().AnyAsync(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now, ct);
    }

    /// <summary>
    /// Marks the token used and returns its account, or null when it is unknown, expired or already used. One
    /// conditional UPDATE, so two clicks at the same moment cannot both succeed. Call inside the caller's transaction.
    /// </summary>
    public async Task<Guid?> ConsumeAsync(string? token, string purpose, CancellationToken ct = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }
        var hash = Hash(token!);
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Set<ResidentEmailToken>()
            .Where(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (claimed != 1)
        {
            return null;
        }
        var accountId = await db.Set<ResidentEmailToken>().Where(t => t.TokenHash == hash).Select(t => t.AccountId).SingleAsync(ct);
        // Older links of the same kind die with this one: after a reset, an earlier reset mail must not work.
        await db.Set<ResidentEmailToken>()
            .Where(t => t.AccountId == accountId && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        return accountId;
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    // Anything else (a 100 KB string, SQL-looking text) is refused before it reaches the database.
    private static bool LooksLikeToken(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
