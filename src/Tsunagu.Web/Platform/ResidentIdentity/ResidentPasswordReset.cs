using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>Setting a new password through a link sent by e-mail.</summary>
public sealed class ResidentPasswordReset(
    TsunaguDb db, IPasswordHasher<ResidentAccount> hasher, EmailTokens tokens, ResidentMails mails, AuditLog audit, TimeProvider clock)
{
    /// <summary>Mails a reset link when the address has an account; otherwise does nothing. The page says the same either way.</summary>
    public async Task RequestAsync(string email, CancellationToken ct = default)
    {
        if (ResidentEmail.Normalise(email) is not { } address
            || await db.Set<ResidentAccount>().FirstOrDefaultAsync(a => a.Email == address, ct) is not { } account)
        {
            return;
        }
        var token = tokens.Issue(account.Id, EmailTokenPurpose.Reset);
        await db.SaveChangesAsync(ct);
        await mails.SendPasswordResetAsync(account.Email, token, ct);
        await audit.AppendResidentAsync(account.Id, "resident.password-reset-requested", "e-mail", ct);
    }

    public Task<bool> IsLinkUsableAsync(string? token, CancellationToken ct = default) =>
        tokens.IsUsableAsync(token, EmailTokenPurpose.Reset, ct);

    /// <summary>Sets the new password, ends any lockout and, since the link reached the inbox, confirms the address.</summary>
    public async Task<AccountResult<ResidentAccount>> ResetAsync(string? token, string newPassword, CancellationToken ct = default)
    {
        ResidentAccount account;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await tokens.ConsumeAsync(token, EmailTokenPurpose.Reset, ct) is not { } id)
            {
                return new LinkNotUsable();
            }
            account = await db.Set<ResidentAccount>().SingleAsync(a => a.Id == id, ct);
            // Checked here because only now is the address known; returning rolls back, so the link still works.
            if (ResidentPassword.Problem(newPassword, account.Email) is { } problem)
            {
                return new PasswordNotAccepted(problem);
            }
            account.PasswordHash = hasher.HashPassword(account, ResidentPassword.Normalise(newPassword));
            account.FailedSignIns = 0;
            account.LockedUntil = null;
            account.EmailVerifiedAt ??= clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await audit.AppendResidentAsync(account.Id, "resident.password-reset", "e-mail", ct);
        return account;
    }
}
