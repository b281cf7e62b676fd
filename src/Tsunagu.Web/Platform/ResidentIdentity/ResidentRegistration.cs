using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>Registering an account and verifying its e-mail address.</summary>
public sealed class ResidentRegistration(
    TsunaguDb db, IPasswordHasher<ResidentAccount> hasher, EmailTokens tokens, ResidentMails mails, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Creates an unverified account and mails the verification link. When the address already has an account, its
    /// holder gets a mail saying so instead: the caller shows the same page either way, so the form does not tell
    /// anyone which addresses are registered.
    /// </summary>
    public async Task RegisterAsync(string email, string password, CancellationToken ct = default)
    {
        var address = ResidentEmail.Normalise(email) ?? throw new ArgumentException("validate the address first", nameof(email));
        var existing = await FindAsync(address, ct);
        if (existing is null)
        {
            var account = new ResidentAccount { Id = Guid.NewGuid(), Email = address, CreatedAt = clock.GetUtcNow().UtcDateTime };
            account.PasswordHash = hasher.HashPassword(account, ResidentPassword.Normalise(password));
            db.Set<ResidentAccount>().Add(account);
            var token = tokens.Issue(account.Id, EmailTokenPurpose.Verify);
            if (await TrySaveAsync(ct))
            {
                await mails.SendVerificationAsync(address, token, ct);
                await audit.AppendResidentAsync(account.Id, "resident.registered", "e-mail", ct);
                return;
            }
            // Someone registered the same address a moment earlier: treat it as a repeat.
            existing = await FindAsync(address, ct) ?? throw new InvalidOperationException("the new account was neither saved nor found");
        }
        else
        {
            // The same work as for a new account, so the response time does not tell either.
            hasher.HashPassword(existing, ResidentPassword.Normalise(password));
        }
        await mails.SendAlreadyRegisteredAsync(existing.Email, ct);
        await audit.AppendResidentAsync(existing.Id, "resident.register-repeated", "e-mail", ct);
    }

    /// <summary>Uses the link from the verification mail: the address is confirmed and the account may sign in.</summary>
    public async Task<AccountResult<ResidentAccount>> VerifyAsync(string? token, CancellationToken ct = default)
    {
        ResidentAccount account;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await tokens.ConsumeAsync(token, EmailTokenPurpose.Verify, ct) is not { } id)
            {
                return new LinkNotUsable();
            }
            account = await db.Set<ResidentAccount>().SingleAsync(a => a.Id == id, ct);
            account.EmailVerifiedAt ??= clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await audit.AppendResidentAsync(account.Id, "resident.verified", "e-mail", ct);
        return account;
    }

    /// <summary>Mails a new link when the address has an unverified account; otherwise does nothing, silently.</summary>
    public async Task ResendVerificationAsync(string email, CancellationToken ct = default)
    {
        if (ResidentEmail.Normalise(email) is not { } address || await FindAsync(address, ct) is not { EmailVerifiedAt: null } account)
        {
            return;
        }
        var token = tokens.Issue(account.Id, EmailTokenPurpose.Verify);
        await db.SaveChangesAsync(ct);
        await mails.SendVerificationAsync(account.Email, token, ct);
        await audit.AppendResidentAsync(account.Id, "resident.verification-resent", "e-mail", ct);
    }

    private Task<ResidentAccount?> FindAsync(string address, CancellationToken ct) =>
        db.Set<ResidentAccount>().FirstOrDefaultAsync(a => a.Email == address, ct);

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
