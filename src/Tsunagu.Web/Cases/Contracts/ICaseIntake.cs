using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Cases.Contracts;

/// <summary>Where a case came from. Inboxes filter on it.</summary>
public enum CaseChannel
{
    Online,
    Counter,
    Paper,
    Other,
}

/// <summary>
/// A case to open in the department that handles <paramref name="ProcedureId"/>. <paramref name="SourceReference"/>
/// names what it came from (a receipt number, a counter visit id, a scan id) so staff can follow it back.
/// </summary>
public sealed record NewCase(
    string ProcedureId,
    CaseChannel Channel,
    string SourceReference,
    ResidentId? Applicant,
    string ApplicantName,
    string ApplicantKana,
    IReadOnlyDictionary<string, string> Answers,
    string? Note = null);

/// <summary>The case opened (or found again for a repeated key) and the department whose inbox now holds it.</summary>
public sealed record OpenedCase(Guid CaseId, string CaseNumber, string Department);

/// <summary>
/// Opens cases for channels other than online applications (those arrive through <c>ApplicationSubmitted</c>).
/// Idempotent: the same idempotency key returns the case already opened.
/// </summary>
public interface ICaseIntake
{
    Task<OpenedCase> OpenAsync(NewCase newCase, string idempotencyKey, CancellationToken ct = default);
}
