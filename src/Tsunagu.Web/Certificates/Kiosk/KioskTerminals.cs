using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>Registers terminals (the key is shown once), finds a terminal by its key, revokes it.</summary>
public sealed class KioskTerminals(TsunaguDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<(KioskTerminal Terminal, string Key)> AddAsync(string name, string createdBy, CancellationToken ct)
    {
        var key = "tk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var terminal = new KioskTerminal { Id = Guid.NewGuid(), Name = name.Trim(), KeyHash = Hash(key), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = createdBy };
        db.Set<KioskTerminal>().Add(terminal);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(createdBy, "kiosk.terminal-add", "kiosk-terminal", terminal.Id.ToString(), terminal.Name, ct);
        return (terminal, key);
    }

    public async Task<bool> RevokeAsync(Guid id, string by, CancellationToken ct)
    {
        var terminal = await db.Set<KioskTerminal>().FindAsync([id], ct);
        if (terminal is null || terminal.RevokedAt is not null)
        {
            return false;
        }
        terminal.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(by, "kiosk.terminal-revoke", "kiosk-terminal", id.ToString(), terminal.Name, ct);
        return true;
    }

    /// <summary>The active terminal whose key is in the <c>Authorization: Bearer</c> header, or null.</summary>
    public async Task<KioskTerminal?> FromHeaderAsync(string? authorization, CancellationToken ct)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }
        var hash = Hash(authorization["Bearer ".Length..].Trim());
        return await db.Set<KioskTerminal>().AsNoTracking().FirstOrDefaultAsync(t => t.KeyHash == hash && t.RevokedAt == null, ct);
    }

    public Task<List<KioskTerminal>> AllAsync(CancellationToken ct) =>
        db.Set<KioskTerminal>().AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(ct);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
