namespace Tsunagu.Web.Cases;

/// <summary>One line of a case's history: a transition, an assignment, a note, a rule's effect or an export.</summary>
public sealed class CaseEvent
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }

    /// <summary>Staff user id, or <c>system</c> for rules and <c>resident</c> for the applicant.</summary>
    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";
    public string Kind { get; set; } = "";
    public CaseStatus? From { get; set; }
    public CaseStatus? To { get; set; }
    public string Text { get; set; } = "";
}

public static class CaseEventKinds
{
    public const string Status = "status";
    public const string Assign = "assign";
    public const string Note = "note";
    public const string Rule = "rule";
    public const string Correction = "correction";
    public const string Export = "export";
    public const string Message = "message";
}
