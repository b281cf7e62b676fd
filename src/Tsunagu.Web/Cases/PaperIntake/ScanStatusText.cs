namespace Tsunagu.Web.Cases.PaperIntake;

public static class ScanStatusText
{
    public static string Of(PaperScanStatus status) => status switch
    {
        PaperScanStatus.Read => "確認待ち",
        PaperScanStatus.Unreadable => "読み取れませんでした",
        PaperScanStatus.Accepted => "受付済み",
        _ => "破棄",
    };
}
