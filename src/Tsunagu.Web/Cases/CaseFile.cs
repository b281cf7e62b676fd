using Tsunagu.Web.Cases.Contracts;

namespace Tsunagu.Web.Cases;

/// <summary>A case (案件; named CaseFile because <c>Case</c> is a keyword in other .NET languages) in a department's inbox: one application, counter visit or paper form being handled.</summary>
public sealed class CaseFile
{
    public Guid Id { get; set; }

    /// <summary>案件番号 shown to staff: see <see cref="CaseNumbers"/>.</summary>
    public string Number { get; set; } = "";

    public string Department { get; set; } = "";
    public string ProcedureId { get; set; } = "";
    public string ProcedureName { get; set; } = "";
    public CaseChannel Channel { get; set; }

    /// <summary>受付番号 for online applications; a visit or scan id for other channels.</summary>
    public string SourceReference { get; set; } = "";

    public Guid? ApplicationId { get; set; }
    public Guid? ApplicantResidentId { get; set; }
    public string ApplicantName { get; set; } = "";
    public string ApplicantKana { get; set; } = "";

    /// <summary>The kana folded by <c>Kana.FoldForSearch</c>, so any width or script finds the case.</summary>
    public string ApplicantKanaSearch { get; set; } = "";

    /// <summary>The applicant's 大字 when the address names one; used by auto-assign rules.</summary>
    public string? Oaza { get; set; }

    /// <summary>Answers of cases from other channels; online answers stay with the application (read through Procedures).</summary>
    public string AnswersJson { get; set; } = "{}";

    public string? IntakeNote { get; set; }
    public CaseStatus Status { get; set; }
    public string? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateOnly DueOn { get; set; }
    public bool RequiresApproval { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>Raised by every change; a form posted with an older value is refused (optimistic concurrency).</summary>
    public int Version { get; set; }
}
