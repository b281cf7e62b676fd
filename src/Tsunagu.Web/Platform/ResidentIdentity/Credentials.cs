using System.Text;
using System.Text.RegularExpressions;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>What counts as a resident's e-mail address, in one place, so nothing malformed is stored.</summary>
public static partial class ResidentEmail
{
    public const int MaxLength = 254;

    /// <summary>
    /// Trims, folds full-width letters (Japanese IMEs type ＠ and ｋ) and lower-cases. Returns null unless the result
    /// is a plain ASCII address with a dotted domain: the form town mail servers deliver to.
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxLength * 2)
        {
            return null;
        }
        var email = TryNormalise(input)?.Trim().ToLowerInvariant();
        return email is not null && email.Length <= MaxLength && email.IndexOf('@', StringComparison.Ordinal) is > 0 and <= 64 && Shape().IsMatch(email)
            ? email
            : null;
    }

    /// <summary>NFKC, or null for text that is not valid Unicode (a lone surrogate), which string.Normalize refuses with an exception.</summary>
    internal static string? TryNormalise(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The WHATWG "valid e-mail address" rule, with at least one dot in the domain.
    [GeneratedRegex(@"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

/// <summary>The password rules residents see on the registration and reset pages.</summary>
public static class ResidentPassword
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>
    /// Full-width and half-width forms become the same password, whichever way the IME was set. Text that cannot be
    /// normalised is returned as it is: <see cref="Problem"/> refuses it, so it never matches a stored password.
    /// </summary>
    public static string Normalise(string password) => ResidentEmail.TryNormalise(password) ?? password;

    /// <summary>The first rule the password breaks, as a message for the field; null when it is acceptable.</summary>
    public static string? Problem(string password, string? email)
    {
        if (ResidentEmail.TryNormalise(password) is not { } p)
        {
            return "パスワードに使えない文字(改行や制御文字)が含まれています。";
        }
        if (p.Length < MinLength)
        {
            return "パスワードは10文字以上にしてください。";
        }
        if (p.Length > MaxLength)
        {
            return "パスワードは128文字以内にしてください。";
        }
        if (p.Any(char.IsControl))
        {
            return "パスワードに使えない文字(改行や制御文字)が含まれています。";
        }
        if (email is not null && p.Equals(email, StringComparison.OrdinalIgnoreCase))
        {
            return "メールアドレスと同じ文字列は、パスワードに使えません。";
        }
        return null;
    }
}
