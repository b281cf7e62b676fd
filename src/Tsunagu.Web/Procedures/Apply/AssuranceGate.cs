using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>Whether the visitor's sign-in is strong enough for a procedure's identity assurance level.</summary>
public static class AssuranceGate
{
    public static string? Missing(string required, ICurrentResident resident)
    {
        // card-signature needs a card sign-in now; the signature itself is made on the application (My Number card module).
        var needed = required switch
        {
            "account" => AssuranceLevel.Account,
            "card-login" or "card-signature" => AssuranceLevel.CardLogin,
            _ => AssuranceLevel.None,
        };
        if (resident.Assurance >= needed)
        {
            return null;
        }
        return needed == AssuranceLevel.Account
            ? "この手続きは、つなぐのアカウントにログインしてから申請します。アカウントは、メールアドレスがあれば無料で作れます。"
            : "この手続きは、本人確認のため、マイナンバーカードでログインしてから申請します。";
    }
}
