using System.Security.Claims;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>Whether the visitor's sign-in is strong enough for a procedure's identity assurance level.</summary>
public static class AssuranceGate
{
    // Order of strength; a card signature is checked again on the application itself.
    private static readonly string[] s_levels = ["none", "account", "card-login", "card-signature"];

    public static string? Missing(string required, ClaimsPrincipal user)
    {
        var have = user.FindFirst("assurance")?.Value ?? "none";
        var needed = Array.IndexOf(s_levels, required);
        var current = Math.Max(0, Array.IndexOf(s_levels, have));
        if (needed <= current || (required == "card-signature" && have == "card-login"))
        {
            return null;
        }
        return required == "account"
            ? "この手続きは、つなぐのアカウントにログインしてから申請します。アカウントは、メールアドレスがあれば無料で作れます。"
            : "この手続きは、本人確認のため、マイナンバーカードでログインしてから申請します。";
    }
}
