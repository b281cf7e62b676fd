namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>Why paper intake refused an action; <paramref name="Field"/> names the input, when it is about one.</summary>
public sealed record PaperIntakeError(string Message, string? Field = null)
{
    public static readonly PaperIntakeError NotFound = new("スキャンが見つかりません。");
    public static readonly PaperIntakeError OtherDepartment = new("このスキャンは他の課の申請書のため、開けません。");
    public static readonly PaperIntakeError NoTemplate = new("読み取りの様式がある手続きを選んでください。", "ProcedureId");
    public static readonly PaperIntakeError NoFile = new("スキャンしたファイル（PDF・PNG・JPEG）を選んでください。", "Scan");
    public static readonly PaperIntakeError TooLarge = new("ファイルが大きすぎます。10MB以下にしてください。", "Scan");
    public static readonly PaperIntakeError WrongKind = new("PDF・PNG・JPEGのファイルを選んでください。", "Scan");
    public static readonly PaperIntakeError AlreadyDecided = new("このスキャンは既に取り込み済みか、破棄されています。");
    public static readonly PaperIntakeError Stale = new("このスキャンは、表示したあとにほかの職員が更新しました。最新の内容を表示しています。入力した内容は残っています。");
}
