namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>
/// A resident's own account: an e-mail address and a password. Residents never get staff accounts, and staff
/// accounts never open resident pages.
/// </summary>
public sealed class ResidentAccount
{
    public Guid Id { get; set; }

    /// <summary>Lower-case, as normalised by <see cref="ResidentEmail"/>; unique.</summary>
    public string Email { get; set; } = "";

    /// <summary>ASP.NET Core Identity's PBKDF2 hash format.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Null until the link in the verification mail is opened; unverified accounts cannot sign in.</summary>
    public DateTime? EmailVerifiedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Wrong passwords in a row; reset by a correct one and when a lockout starts.</summary>
    public int FailedSignIns { get; set; }

    public DateTime? LockedUntil { get; set; }

    /// <summary>
    /// The registry person this account belongs to, set by the My Number card module once the holder has proved who
    /// they are. Only an id: never a 個人番号.
    /// </summary>
    public Guid? LinkedResidentId { get; set; }
}
