namespace Tsunagu.Web.Procedures.Contracts;

/// <summary>One form field as other modules see it; group sub-fields are listed in <paramref name="Fields"/>.</summary>
public sealed record ProcedureField(string Id, string Type, string Label, bool Required, string? Prefill, IReadOnlyList<string> Options, IReadOnlyList<ProcedureField> Fields);

/// <summary>A required or optional attachment of a procedure.</summary>
public sealed record ProcedureAttachment(string Id, string Name, bool Required);

/// <summary>What other modules may read about a procedure (latest version). Fee in yen, null when free.</summary>
public sealed record ProcedureSummary(
    string Id,
    int Version,
    string Name,
    string Reading,
    string Department,
    string Category,
    string Assurance,
    int? Fee,
    int ProcessingDays,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> LifeEvents,
    IReadOnlyList<string> Bring,
    IReadOnlyList<ProcedureAttachment> Attachments,
    IReadOnlyList<ProcedureField> Fields);

/// <summary>The procedure catalogue as other modules may ask it (Cases, Counter, paper intake, Payments).</summary>
public interface IProcedureDirectory
{
    /// <summary>The latest version of a procedure, published or not, or null for an unknown id.</summary>
    ProcedureSummary? Find(string procedureId);

    /// <summary>Every published procedure.</summary>
    IReadOnlyList<ProcedureSummary> Published();
}
