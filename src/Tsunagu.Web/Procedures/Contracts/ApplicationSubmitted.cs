namespace Tsunagu.Web.Procedures.Contracts;

/// <summary>
/// A resident submitted an application. Cases opens a case for the department from it. Published through
/// the outbox in the same transaction as the application, so neither exists without the other.
/// </summary>
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string ReceiptNumber,
    string ProcedureId,
    int ProcedureVersion,
    string ProcedureName,
    string Department,
    int ProcessingDays,
    DateTime SubmittedAt,
    Guid? ApplicantAccountId,
    string Channel);
