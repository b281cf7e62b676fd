namespace Tsunagu.Web.Cases;

/// <summary>An expected refusal of a case action, with the message staff see. <paramref name="Field"/> names the input it is about.</summary>
public abstract record CaseError(string Message, string? Field = null);

public sealed record CaseNotFound() : CaseError("案件が見つかりません。");
public sealed record OtherDepartment() : CaseError("この案件は他の課の案件のため、開けません。");
public sealed record TransitionNotAllowed(CaseStatus From, CaseStatus To)
    : CaseError($"「{From.Japanese()}」の案件を「{To.Japanese()}」にすることはできません。", "To");
public sealed record ApprovalByManager()
    : CaseError("この手続きは課長の決裁が必要です。決裁は課長の権限を持つ職員が行います。", "To");
public sealed record CaseClosedAlready(CaseStatus Status) : CaseError($"この案件は既に「{Status.Japanese()}」です。変更はできません。");
public sealed record StaleCase(string? ByWhom)
    : CaseError($"この案件は、表示したあとに{(ByWhom is null ? "ほかの職員" : ByWhom + " さん")}が更新しました。最新の内容を表示しています。入力した内容は残っていますので、確かめてからもう一度送ってください。");
public sealed record StatusRequired() : CaseError("次の状況を選んでください。", "To");
public sealed record NoteRequired() : CaseError("メモを入力してください。", "Note");
public sealed record NoteTooLong() : CaseError("メモは2000文字以内で入力してください。", "Note");
public sealed record ReasonRequired(CaseStatus To) : CaseError($"「{To.Japanese()}」にする理由を入力してください。", "Note");
public sealed record AssigneeUnknown() : CaseError("担当者には、この課の職員を選んでください。", "Assignee");
public sealed record CorrectionOnlyForOnline() : CaseError("補正のお願いは、オンライン申請の案件でのみ送れます。紙や窓口の案件は申請者に連絡してください。");
public sealed record CorrectionRefused(string Reason, string? On = "Fields") : CaseError(Reason, On);
public sealed record CorrectionMessageRequired() : CaseError("申請者へのメッセージを入力してください。", "Message");

public sealed record CaseResult(CaseError? Error)
{
    public static readonly CaseResult Ok = new((CaseError?)null);
    public bool Succeeded => Error is null;

    public static implicit operator CaseResult(CaseError error) => new(error);
}
