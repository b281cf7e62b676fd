namespace Tsunagu.Web.Cases.Contracts;

/// <summary>
/// A case moved from one workflow status to another. <paramref name="ResidentStatus"/> is the wording the resident
/// sees (internal steps such as 決裁待ち show as 審査中). Published through the outbox with the change.
/// </summary>
public sealed record CaseStatusChanged(
    Guid CaseId,
    string CaseNumber,
    string Department,
    string ProcedureId,
    string From,
    string To,
    string ResidentStatus,
    DateTime At,
    Guid? ApplicationId);

/// <summary>A case reached 完了, 却下 or 取下げ (<paramref name="Outcome"/>). Its data are exported to the core system after 完了.</summary>
public sealed record CaseClosed(
    Guid CaseId,
    string CaseNumber,
    string Department,
    string ProcedureId,
    string Outcome,
    DateTime ClosedAt,
    Guid? ApplicationId);
