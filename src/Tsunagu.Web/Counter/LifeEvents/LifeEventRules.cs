namespace Tsunagu.Web.Counter.LifeEvents;

/// <summary>Whether one procedure applies to the visit, why (or why not), and the life events that brought it up.</summary>
public sealed record ProcedureVerdict(string ProcedureId, bool Applies, IReadOnlyList<string> Reasons, IReadOnlyList<string> LifeEvents);

/// <summary>
/// Decides which candidate procedures apply from the answers and the household's ages. Questions are never skipped on
/// the household's look (a household of 90-year-olds is still asked about a birth): only the rules read the facts.
/// </summary>
public static class LifeEventRules
{
    public const string SomeoneAged = "someoneAged";

    /// <summary>Each question once, in the order the chosen life events list them.</summary>
    public static IReadOnlyList<LifeEventQuestion> QuestionsFor(IEnumerable<LifeEvent> events) =>
        [.. events.SelectMany(e => e.Questions).DistinctBy(q => q.Id)];

    public static IReadOnlyList<string> Unanswered(IEnumerable<LifeEvent> events, IReadOnlyDictionary<string, string> answers) =>
        [.. QuestionsFor(events).Where(q => !answers.TryGetValue(q.Id, out var a) || !q.Choices.Any(c => c.Value == a)).Select(q => q.Id)];

    public static IReadOnlyList<ProcedureVerdict> Decide(IEnumerable<LifeEvent> events, IReadOnlyDictionary<string, string> answers, IReadOnlyList<int> householdAges)
    {
        var decided = events.SelectMany(e => e.Procedures.Select(r => (Event: e, Rule: r, Applies: r.When.All(c => Holds(c, answers, householdAges)))));
        return [.. decided.GroupBy(d => d.Rule.Procedure).Select(g =>
        {
            var applies = g.Any(d => d.Applies);
            var reasons = g.Where(d => d.Applies == applies).Select(d => applies ? d.Rule.Reason : d.Rule.Otherwise);
            return new ProcedureVerdict(g.Key, applies, [.. reasons.Where(r => r.Length > 0).Distinct()], [.. g.Select(d => d.Event.Name).Distinct()]);
        })];
    }

    public static bool Holds(LifeEventCondition c, IReadOnlyDictionary<string, string> answers, IReadOnlyList<int> householdAges)
    {
        if (c.Answer is { } question)
        {
            // An unanswered question never counts as either answer.
            if (!answers.TryGetValue(question, out var answer))
            {
                return false;
            }
            return (c.Is is null || c.Is == answer) && (c.IsNot is null || c.IsNot != answer);
        }
        return c.Household switch
        {
            SomeoneAged => householdAges.Any(a => a >= (c.From ?? 0) && a <= (c.To ?? int.MaxValue)),
            _ => throw new InvalidDataException($"unknown household condition '{c.Household}'"),
        };
    }

    /// <summary>Age in whole years on <paramref name="day"/> (a birthday counts from the day itself).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return day < birthDate.AddYears(age) ? age - 1 : age;
    }
}
