namespace Tsunagu.Web.Cases.Contracts;

/// <summary>What a check may read about a case (no answers beyond what it names).</summary>
public sealed record CaseFacts(Guid CaseId, string ProcedureId, CaseChannel Channel, string SourceReference, Guid? ApplicationId, int? Fee);

/// <summary>The answer of one check: passed, failed with a reason, or not known yet (e.g. payment not arrived).</summary>
public sealed record CaseCheckOutcome(bool Passed, string Reason)
{
    public static CaseCheckOutcome Pass(string reason) => new(true, reason);

    public static CaseCheckOutcome Fail(string reason) => new(false, reason);
}

/// <summary>
/// The fee check of auto-accept: another module (Payments) registers an implementation that says whether the fee of a
/// case is paid. Without one, a procedure that has a fee never passes auto-accept (staff accept it by hand).
/// </summary>
public interface ICaseFeeCheck
{
    Task<CaseCheckOutcome> IsPaidAsync(CaseFacts facts, CancellationToken ct = default);
}
