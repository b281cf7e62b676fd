using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>The password check of resident sign-in, with the lockout after repeated failures.</summary>
public sealed class ResidentSignIn(TsunaguDb db, IPasswordHasher<ResidentAccount> hasher, AuditLog audit, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    // Checked when the address is unknown, so that an unknown address takes as long as a wrong password.
    private static readonly Lazy<string> s_decoyHash =
        new(() => new PasswordHasher<ResidentAccount>().HashPassword(new ResidentAccount(), Guid.NewGuid().ToString()));

    /// <summary>The account when the password is right, the address verified and the account not locked.</summary>
    public async Task<AccountResult<ResidentAccount>> CheckPasswordAsync(string email, string password, CancellationToken ct = default)
    {
        var address = ResidentEmail.Normalise(email);
        var account = address is null ? null : await db.Set<ResidentAccount>().FirstOrDefaultAsync(a => a.Email == address, ct);
        password = ResidentPassword.Normalise(password);
        if (account is null)
        {
            hasher.VerifyHashedPassword(new ResidentAccount(), s_decoyHash.Value, password);
            return new WrongEmailOrPassword();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (account.LockedUntil > now)
        {
            await audit.AppendResidentAsync(account.Id, "resident.sign-in-locked", "password", ct);
            return new AccountLockedOut();
        }
        var check = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (check == PasswordVerificationResult.Failed)
        {
            return await RecordFailureAsync(account.Id, now, ct);
        }
        account.FailedSignIns = 0;
        account.LockedUntil = null;
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }
        await db.SaveChangesAsync(ct);
        if (account.EmailVerifiedAt is null)
        {
            await audit.AppendResidentAsync(account.Id, "resident.sign-in-unverified", "password", ct);
            return new EmailNotVerified();
        }
        await audit.AppendResidentAsync(account.Id, "resident.sign-in", "password", ct);
        return account;
    }

    private async Task<AccountResult<ResidentAccount>> RecordFailureAsync(Guid accountId, DateTime now, CancellationToken ct)
    {
        var accounts = db.Set<ResidentAccount>().Where(a => a.Id == accountId);
        // Counted by the database, not on the loaded copy, so parallel guesses cannot overwrite each other's count.
        await accounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), ct);
        var locked = await accounts.Where(a => a.FailedSignIns >= MaxFailures).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.LockedUntil, now + LockoutTime)
            .SetProperty(a => a.FailedSignIns, 0), ct) == 1;
        await audit.AppendResidentAsync(accountId, locked ? "resident.locked-out" : "resident.sign-in-failed", "password", ct);
        return locked ? new AccountLockedOut() : new WrongEmailOrPassword();
    }
}
