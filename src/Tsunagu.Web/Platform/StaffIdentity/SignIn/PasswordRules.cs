using Microsoft.AspNetCore.Identity;

namespace Tsunagu.Web.Platform.StaffIdentity.SignIn;

/// <summary>Identity's rule failures in plain Japanese.</summary>
internal static class PasswordRules
{
    public static string Describe(IEnumerable<IdentityError> errors) =>
        string.Join(" ", errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => "パスワードは12文字以上にしてください。",
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "パスワードには数字を1つ以上含めてください。",
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "パスワードには5種類以上の文字を使ってください。",
            _ => "このパスワードは使えません。別のパスワードにしてください。",
        }).Distinct());
}
