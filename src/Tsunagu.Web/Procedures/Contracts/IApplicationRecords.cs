namespace Tsunagu.Web.Procedures.Contracts;

/// <summary>One top-level answer as staff read it: dates in 和暦, files by name. Groups are one answer.</summary>
public sealed record ApplicationAnswer(string FieldId, string Page, string Label, string Value, bool IsFile);

/// <summary>A correction request (補正) and, once answered, the values before and after.</summary>
public sealed record ApplicationCorrectionView(
    Guid Id, IReadOnlyList<string> FieldIds, string Message, DateTime RequestedAt, DateTime? AnsweredAt,
    IReadOnlyList<ApplicationAnswer> Before, IReadOnlyList<ApplicationAnswer> After);

/// <summary>
/// A submitted application as the back office reads it. <paramref name="HasCardSignature"/>: it carries the resident's My Number
/// card e-signature, re-verified at <c>/staff/signatures/{ApplicationId}</c>.
/// </summary>
public sealed record ApplicationRecord(
    Guid ApplicationId,
    string ReceiptNumber,
    string ProcedureId,
    int ProcedureVersion,
    DateTime SubmittedAt,
    string? ContactEmail,
    IReadOnlyDictionary<string, string> RawAnswers,
    IReadOnlyList<ApplicationAnswer> Answers,
    IReadOnlyList<ApplicationCorrectionView> Corrections,
    bool HasCardSignature = false);

/// <summary>
/// Applications as the back office (Cases) reads and changes them. The two writes only stage their change in the
/// caller's unit of work (the request's <c>TsunaguDb</c>), like the event outbox: the caller's one
/// <c>SaveChangesAsync</c> stores the case change and the application change together.
/// </summary>
public interface IApplicationRecords
{
    /// <summary>The application with its answers and correction history, or null for an unknown id.</summary>
    Task<ApplicationRecord?> FindAsync(Guid applicationId, CancellationToken ct = default);

    /// <summary>Adds a resident-facing status (shown in マイページ) with an optional message to the resident.</summary>
    Task RecordStatusAsync(Guid applicationId, string status, string? message, CancellationToken ct = default);

    /// <summary>
    /// Reopens exactly the named top-level fields (files included) for the applicant with a message. Returns an error
    /// in Japanese when a field is not in the application's form or a request is already open; null when staged.
    /// When the applicant resubmits, <see cref="ApplicationCorrected"/> is published.
    /// </summary>
    Task<string?> RequestCorrectionAsync(Guid applicationId, IReadOnlyList<string> fieldIds, string message, CancellationToken ct = default);
}

/// <summary>The applicant answered a correction request from マイページ; the reopened fields now hold the new values.</summary>
public sealed record ApplicationCorrected(Guid ApplicationId, Guid CorrectionId, IReadOnlyList<string> FieldIds, DateTime CorrectedAt);
