namespace Tsunagu.Web.Counter.Visits;

/// <summary>Draft while staff and resident work through it; Waiting once the forms are out; Done when every department is.</summary>
public enum VisitStatus
{
    Draft,
    Waiting,
    Done,
}

/// <summary>
/// One resident's visit to the 書かない窓口. The journey's state (life events, answers, corrections) lives here, so a
/// visit left halfway is a draft staff can pick up again the same day.
/// </summary>
public sealed class Visit
{
    public Guid Id { get; set; }

    /// <summary>The waiting number called in the lobby; counts from 1 each day.</summary>
    public int Number { get; set; }

    public DateOnly Day { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? DoneAt { get; set; }
    public VisitStatus Status { get; set; }
    public string StaffId { get; set; } = "";
    public Guid? ResidentId { get; set; }
    public string ResidentName { get; set; } = "";
    public string ResidentKana { get; set; } = "";

    /// <summary>Life event ids, comma-separated, in the order chosen.</summary>
    public string LifeEvents { get; set; } = "";

    public string AnswersJson { get; set; } = "{}";

    /// <summary>Values staff corrected, by value key; a correction applies to every form that uses the key.</summary>
    public string CorrectionsJson { get; set; } = "{}";

    public int Forms { get; set; }
    public int PrefilledFields { get; set; }
    public List<VisitItem> Items { get; set; } = [];

    public IReadOnlyList<string> LifeEventIds => LifeEvents.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public enum VisitItemStatus
{
    Waiting,
    Taken,
    Done,
}

/// <summary>One procedure of a visit as its department's queue shows it, with the case it opened.</summary>
public sealed class VisitItem
{
    public Guid Id { get; set; }
    public Guid VisitId { get; set; }
    public string ProcedureId { get; set; } = "";
    public string ProcedureName { get; set; } = "";
    public string Department { get; set; } = "";
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public VisitItemStatus Status { get; set; }
    public string? TakenBy { get; set; }
    public DateTime? TakenAt { get; set; }
    public DateTime? DoneAt { get; set; }
}
