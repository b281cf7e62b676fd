using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Counter.Visits;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Counter.Forms;

/// <summary>Where a pre-filled value came from, so staff can read it back to the resident.</summary>
public enum ValueSource
{
    Registry,
    Answer,
    Corrected,
}

/// <summary>One value the forms share, by key (<c>resident.address</c>, <c>household.members[0].name</c>…).</summary>
public sealed record VisitValue(string Key, string Label, string Value, ValueSource Source);

/// <summary>A line of a form: its label and value; <paramref name="Key"/> names the shared value it shows, if any.</summary>
public sealed record FormLine(string FieldId, string Label, string Value, string? Key);

/// <summary>A procedure's form filled for the visit.</summary>
public sealed record VisitForm(ProcedureSummary Procedure, ProcedureVerdict Verdict, IReadOnlyList<FormLine> Lines)
{
    public int Prefilled => Lines.Count(l => l.Value.Length > 0);
}

/// <summary>Everything the visit's later steps show: who, which procedures and why, the shared values and the forms.</summary>
public sealed record VisitPlan(
    Visit Visit,
    ResidentRecord Person,
    HouseholdRecord Household,
    IReadOnlyList<LifeEvent> Events,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<ProcedureVerdict> Verdicts,
    IReadOnlyList<VisitValue> Values,
    IReadOnlyList<VisitForm> Forms)
{
    public IReadOnlyList<string> Unanswered => LifeEventRules.Unanswered(Events, Answers);
}
