namespace Tsunagu.Web.Counter.LifeEvents;

/// <summary>A choice for a question; yes/no questions have none and offer はい and いいえ.</summary>
public sealed record QuestionOption(string Value, string Label);

/// <summary>A question asked once per visit, whichever life events share it.</summary>
public sealed record LifeEventQuestion(string Id, string Text, IReadOnlyList<QuestionOption>? Options = null)
{
    private static readonly QuestionOption[] s_yesNo = [new("yes", "はい"), new("no", "いいえ")];

    public IReadOnlyList<QuestionOption> Choices => Options is { Count: > 0 } o ? o : s_yesNo;
}

/// <summary>
/// One condition of a rule: an answer (<see cref="Answer"/> is or is not a value) or a household fact (someone in the
/// household aged <see cref="From"/> to <see cref="To"/> on the day of the visit).
/// </summary>
public sealed record LifeEventCondition(string? Answer = null, string? Is = null, string? IsNot = null, string? Household = null, int? From = null, int? To = null);

/// <summary>A candidate procedure: it applies when every condition holds (no conditions: always), with the reason either way.</summary>
public sealed record LifeEventRule(string Procedure, IReadOnlyList<LifeEventCondition> When, string Reason, string Otherwise);

/// <summary>A life event (転入, 出生, おくやみ…) as the catalogue describes it in <c>catalog/life-events/*.json</c>.</summary>
public sealed record LifeEvent(string Id, string Name, string Summary, IReadOnlyList<LifeEventQuestion> Questions, IReadOnlyList<LifeEventRule> Procedures);
