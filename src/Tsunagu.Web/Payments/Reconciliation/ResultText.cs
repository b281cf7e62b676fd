namespace Tsunagu.Web.Payments.Reconciliation;

public static class ResultText
{
    public static string Of(MatchResult result) => result switch
    {
        MatchResult.Noted => "速報を記録",
        MatchResult.Applied => "消込済み",
        MatchResult.Overpaid => "過納（差額を還付）",
        MatchResult.PaidTwice => "二重納付（全額を還付）",
        MatchResult.Unknown => "納付番号が見つからない",
        _ => "速報と確報の金額が違う",
    };

    public static string Of(Resolution resolution) => resolution switch
    {
        Resolution.Confirmed => "確認済み",
        Resolution.Matched => "手作業で消込",
        Resolution.Refunded => "還付済み",
        Resolution.Appropriated => "充当済み",
        Resolution.Unmatched => "消込を取消",
        _ => "",
    };
}
