namespace Tsunagu.Web.Payments.Fees.Gmo;

/// <summary>What the resident (and staff) read when GMO-PG does not take a payment or a refund. Codes: docs/payments.md.</summary>
internal static class GmoMessages
{
    public const string NoToken = "カード情報を確認できませんでした。カード番号・有効期限・セキュリティコードを確かめて、もう一度お試しください。";
    public const string Unreachable = "ただいま決済会社につながりません。お金は動いていません。しばらくしてからもう一度お試しください。";
    public const string NotReady = "ただいまカードでのお支払いを受け付けられません。お手数ですが、役場の窓口でお支払いください。";
    public const string NotPayable = "このお支払いは決済会社で取り消されています。役場の窓口にお問い合わせください。";
    public const string RefundUnknown = "決済会社から返事がありませんでした。もう一度返金すると、取引の状態を確かめてから進めます（二重に返金されることはありません）。";

    private const string Refused = "カード会社がお支払いを承認しませんでした。別のカードか、役場の窓口でのお支払いをお試しください。";

    public static ChargeResult Declined(string message) => new(ChargeOutcome.Declined, null, message);

    /// <summary>The refusal in the resident's words, from the first code that says more than "refused".</summary>
    public static string ForResident(GmoReply reply)
    {
        foreach (var code in reply.ErrorCodes)
        {
            var message = code switch
            {
                "42G020000" or "42G030000" or "42G040000" or "42G050000" or "42G550000" =>
                    "カードのご利用可能額を超えているため、お支払いできませんでした。別のカードか、役場の窓口でのお支払いをお試しください。",
                "42G830000" => "カードの有効期限を確かめて、もう一度お試しください。",
                "42G440000" or "42G450000" => "セキュリティコードを確かめて、もう一度お試しください。",
                _ when code.StartsWith("E01", StringComparison.Ordinal) => NoToken,
                _ => null,
            };
            if (message is not null)
            {
                return message;
            }
        }
        return Refused;
    }
}
