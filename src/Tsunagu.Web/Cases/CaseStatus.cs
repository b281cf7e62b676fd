namespace Tsunagu.Web.Cases;

/// <summary>Workflow statuses. Stored by name; shown in Japanese through <see cref="CaseStatuses"/>.</summary>
public enum CaseStatus
{
    Received,
    InReview,
    CorrectionRequested,
    Corrected,
    AwaitingApproval,
    Completed,
    Rejected,
    Withdrawn,
}

public static class CaseStatuses
{
    public static readonly IReadOnlyList<CaseStatus> All = Enum.GetValues<CaseStatus>();

    public static string Japanese(this CaseStatus s) => s switch
    {
        CaseStatus.Received => "受付",
        CaseStatus.InReview => "審査中",
        CaseStatus.CorrectionRequested => "補正依頼",
        CaseStatus.Corrected => "補正済",
        CaseStatus.AwaitingApproval => "決裁待ち",
        CaseStatus.Completed => "完了",
        CaseStatus.Rejected => "却下",
        CaseStatus.Withdrawn => "取下げ",
        _ => s.ToString(),
    };

    /// <summary>What the resident sees in マイページ: internal steps are not shown as such.</summary>
    public static string ForResident(this CaseStatus s) => s switch
    {
        CaseStatus.Received => "受付",
        CaseStatus.InReview or CaseStatus.Corrected or CaseStatus.AwaitingApproval => "審査中",
        CaseStatus.CorrectionRequested => "補正のお願い",
        CaseStatus.Completed => "完了",
        CaseStatus.Rejected => "却下",
        CaseStatus.Withdrawn => "取下げ",
        _ => s.ToString(),
    };

    public static bool IsClosed(this CaseStatus s) => s is CaseStatus.Completed or CaseStatus.Rejected or CaseStatus.Withdrawn;

    public static CaseStatus? Parse(string? text) =>
        Enum.TryParse<CaseStatus>(text, out var s) && Enum.IsDefined(s) ? s : All.Cast<CaseStatus?>().FirstOrDefault(x => x!.Value.Japanese() == text);
}
