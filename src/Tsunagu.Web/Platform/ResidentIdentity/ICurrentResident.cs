namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>How sure the town is that the person in this session is the account's holder; higher is surer.</summary>
public enum AssuranceLevel
{
    /// <summary>Not signed in.</summary>
    None = 0,

    /// <summary>Password sign-in to an account whose e-mail address is verified (claim value <c>account</c>).</summary>
    Account = 1,

    /// <summary>Signed in with the My Number card's JPKI user certificate (claim value <c>card-login</c>).</summary>
    CardLogin = 2,
}

/// <summary>
/// The resident signed in on the current request, if any. Resident sessions use their own cookie scheme
/// (<see cref="ResidentPolicies.Scheme"/>), so <c>HttpContext.User</c> never holds a resident: ask this instead.
/// </summary>
public interface ICurrentResident
{
    bool IsSignedIn { get; }

    /// <summary><see cref="Guid.Empty"/> when nobody is signed in.</summary>
    Guid AccountId { get; }

    string? Email { get; }

    /// <summary>The registry person linked by the My Number card module, if the account has been linked.</summary>
    Guid? LinkedResidentId { get; }

    AssuranceLevel Assurance { get; }
}

/// <summary>Claims of a resident session's cookie.</summary>
public static class ResidentClaims
{
    /// <summary>
    /// How the session was signed in: <c>account</c> or <c>card-login</c>. The card module signs a resident in with
    /// <see cref="ResidentSession.SignInAsync"/> and <see cref="AssuranceLevel.CardLogin"/>, which sets it.
    /// </summary>
    public const string Assurance = "assurance";

    public const string LinkedResident = "linked_resident";

    public static string ToClaimValue(AssuranceLevel level) => level switch
    {
        AssuranceLevel.Account => "account",
        AssuranceLevel.CardLogin => "card-login",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "a session needs an assurance level"),
    };

    public static AssuranceLevel FromClaimValue(string? value) => value switch
    {
        "account" => AssuranceLevel.Account,
        "card-login" => AssuranceLevel.CardLogin,
        _ => AssuranceLevel.None,
    };
}
