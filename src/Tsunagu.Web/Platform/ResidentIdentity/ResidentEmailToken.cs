namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>
/// A single-use link sent by e-mail. Only the SHA-256 of the token is stored, so a copy of the database cannot be
/// used to verify addresses or reset passwords.
/// </summary>
public sealed class ResidentEmailToken
{
    /// <summary>Lower-case hex SHA-256 of the url-safe base64 token in the link.</summary>
    public string TokenHash { get; set; } = "";

    public Guid AccountId { get; set; }

    /// <summary><see cref="EmailTokenPurpose.Verify"/> or <see cref="EmailTokenPurpose.Reset"/>.</summary>
    public string Purpose { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}

public static class EmailTokenPurpose
{
    public const string Verify = "verify";
    public const string Reset = "reset";
}
