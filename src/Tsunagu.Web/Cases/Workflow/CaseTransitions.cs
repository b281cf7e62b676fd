namespace Tsunagu.Web.Cases.Workflow;

/// <summary>
/// The workflow: 受付 → 審査中 → (補正依頼 ⇄ 補正済) → 決裁待ち → 完了 / 却下 / 取下げ. A procedure that needs the
/// 課長's decision closes (完了・却下) only from 決裁待ち and only by a manager; others may close from 審査中 too.
/// 取下げ (the applicant withdrew) is possible from any open status.
/// </summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> s_next = new()
    {
        [CaseStatus.Received] = [CaseStatus.InReview, CaseStatus.Withdrawn],
        [CaseStatus.InReview] = [CaseStatus.CorrectionRequested, CaseStatus.AwaitingApproval, CaseStatus.Completed, CaseStatus.Rejected, CaseStatus.Withdrawn],
        [CaseStatus.CorrectionRequested] = [CaseStatus.Corrected, CaseStatus.Withdrawn],
        [CaseStatus.Corrected] = [CaseStatus.InReview, CaseStatus.CorrectionRequested, CaseStatus.AwaitingApproval, CaseStatus.Withdrawn],
        [CaseStatus.AwaitingApproval] = [CaseStatus.Completed, CaseStatus.Rejected, CaseStatus.InReview, CaseStatus.Withdrawn],
    };

    /// <summary>Where a case may go next, for this actor (the buttons shown).</summary>
    public static IReadOnlyList<CaseStatus> Next(CaseStatus from, bool requiresApproval, bool isManager) =>
        [.. s_next.GetValueOrDefault(from, []).Where(to => Check(from, to, requiresApproval, isManager) is null
            // 補正依頼 has its own form (fields and message), and 補正済 comes from the resident's resubmission.
            && to is not (CaseStatus.CorrectionRequested or CaseStatus.Corrected))];

    /// <summary>Null when the move is allowed; otherwise why not.</summary>
    public static CaseError? Check(CaseStatus from, CaseStatus to, bool requiresApproval, bool isManager)
    {
        if (from.IsClosed())
        {
            return new CaseClosedAlready(from);
        }
        if (!s_next.GetValueOrDefault(from, []).Contains(to))
        {
            return new TransitionNotAllowed(from, to);
        }
        if (requiresApproval && to is CaseStatus.Completed or CaseStatus.Rejected)
        {
            if (from != CaseStatus.AwaitingApproval)
            {
                return new TransitionNotAllowed(from, to);
            }
            if (!isManager)
            {
                return new ApprovalByManager();
            }
        }
        return null;
    }

    /// <summary>Closing without a decision for the applicant needs a written reason (shown to them for 却下).</summary>
    public static bool NeedsReason(CaseStatus to) => to is CaseStatus.Rejected or CaseStatus.Withdrawn;
}
