namespace Tsunagu.Web.Counter.Visits;

/// <summary>An expected refusal at the counter, in polite Japanese; <paramref name="Field"/> names the input it is about.</summary>
public abstract record VisitError(string Message, string? Field = null);

public sealed record VisitAlreadySubmitted() : VisitError("この受付は申請書を作成済みです。変更はできません。");
public sealed record ResidentNotIdentified() : VisitError("先にご本人を確かめてください。");
public sealed record NoLifeEventChosen() : VisitError("手続きのきっかけを一つ以上選んでください。", "Events");
public sealed record QuestionsUnanswered() : VisitError("すべての質問にお答えください。", "Answers");
public sealed record NothingToSubmit() : VisitError("作成する申請書がありません。きっかけとお答えを確かめてください。");
public sealed record ValueTooLong(string Label) : VisitError($"「{Label}」は200文字以内で入力してください。", "Values");
public sealed record ItemOfOtherDepartment() : VisitError("この手続きは他の課の担当です。");
