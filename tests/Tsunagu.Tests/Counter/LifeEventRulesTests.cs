using Tsunagu.Web.Counter.LifeEvents;

namespace Tsunagu.Tests.Counter;

public sealed class LifeEventRulesTests
{
    private static readonly IReadOnlyList<LifeEvent> s_events = LifeEventCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "catalog", "life-events"));
    private static readonly int[] s_familyOfThree = [38, 36, 7];
    private static readonly int[] s_nonagenarians = [91, 90];

    private static LifeEvent Event(string id) => s_events.Single(e => e.Id == id);

    private static ProcedureVerdict Verdict(IReadOnlyList<ProcedureVerdict> verdicts, string procedure) => verdicts.Single(v => v.ProcedureId == procedure);

    [Fact]
    public void Catalogue_HasTheTenLifeEvents_AndEveryProcedureIdExists()
    {
        var procedures = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "catalog", "procedures"), "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        string[] names = ["転入", "転出", "転居", "出生", "死亡（おくやみ）", "婚姻", "離婚", "妊娠", "就学", "65歳到達"];

        Assert.All(names, n => Assert.Contains(s_events, e => e.Name == n));
        Assert.All(s_events.SelectMany(e => e.Procedures), r => Assert.Contains(r.Procedure, procedures));
        Assert.All(s_events.SelectMany(e => e.Procedures).Where(r => r.When.Count > 0), r => Assert.NotEmpty(r.Otherwise));
        Assert.All(s_events.SelectMany(e => e.Procedures.SelectMany(r => r.When)).Where(c => c.Answer is not null),
            c => Assert.Contains(s_events.SelectMany(e => e.Questions), q => q.Id == c.Answer));
    }

    [Fact]
    public void Decide_TennyuWithChildAndNoWorkplaceInsurance_AppliesKokuhoAndChildAllowance()
    {
        var answers = new Dictionary<string, string> { ["tennyu-insurance"] = "none", ["care-certified"] = "no", ["nursery"] = "no", ["seal"] = "yes", ["water-start"] = "no", ["dog"] = "no" };

        var verdicts = LifeEventRules.Decide([Event("tennyu")], answers, s_familyOfThree);

        Assert.True(Verdict(verdicts, "kokuho-kanyu-todoke").Applies);
        Assert.True(Verdict(verdicts, "jido-teate-nintei-seikyu").Applies);
        Assert.True(Verdict(verdicts, "shochugakko-tennyugaku").Applies);
        Assert.True(Verdict(verdicts, "inkan-toroku-shinsei").Applies);
        Assert.False(Verdict(verdicts, "kaigo-tennyu-nintei-shinsei").Applies);
        Assert.False(Verdict(verdicts, "hoikusho-nyusho-moshikomi").Applies);
        Assert.Contains("国民健康保険に加入します", Verdict(verdicts, "kokuho-kanyu-todoke").Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TennyuAllInsuredNoChildren_SaysWhyNot()
    {
        var answers = new Dictionary<string, string> { ["tennyu-insurance"] = "all", ["care-certified"] = "yes" };

        var verdicts = LifeEventRules.Decide([Event("tennyu")], answers, s_nonagenarians);

        Assert.False(Verdict(verdicts, "kokuho-kanyu-todoke").Applies);
        Assert.Contains("勤務先の健康保険に加入しているため", Verdict(verdicts, "kokuho-kanyu-todoke").Reasons[0], StringComparison.Ordinal);
        Assert.False(Verdict(verdicts, "jido-teate-nintei-seikyu").Applies);
        Assert.True(Verdict(verdicts, "kaigo-tennyu-nintei-shinsei").Applies);
    }

    [Fact]
    public void QuestionsFor_BirthInAHouseholdOfNinetyYearOlds_StillAsksEveryQuestion()
    {
        var questions = LifeEventRules.QuestionsFor([Event("shussei")]);
        var answers = new Dictionary<string, string> { ["child-allowance"] = "no", ["workplace-insurance"] = "no", ["kokuho-birth"] = "yes" };

        var verdicts = LifeEventRules.Decide([Event("shussei")], answers, s_nonagenarians);

        Assert.Equal(Event("shussei").Questions.Count, questions.Count);
        Assert.True(Verdict(verdicts, "shussei-todoke").Applies);
        Assert.True(Verdict(verdicts, "jido-teate-nintei-seikyu").Applies);
        Assert.False(Verdict(verdicts, "jido-teate-gaku-kaitei").Applies);
    }

    [Fact]
    public void QuestionsFor_TwoEventsSharingAQuestion_AsksItOnce()
    {
        var questions = LifeEventRules.QuestionsFor([Event("tenkyo"), Event("tenshutsu")]);

        Assert.Single(questions, q => q.Id == "child-allowance");
        Assert.Single(questions, q => q.Id == "water-stop");
    }

    [Fact]
    public void Holds_UnansweredQuestion_IsNeitherYesNorNo()
    {
        var empty = new Dictionary<string, string>();

        Assert.False(LifeEventRules.Holds(new LifeEventCondition(Answer: "dog", Is: "yes"), empty, []));
        Assert.False(LifeEventRules.Holds(new LifeEventCondition(Answer: "dog", Is: "no"), empty, []));
        Assert.Equal(["dog"], LifeEventRules.Unanswered([Event("tenkyo")], new Dictionary<string, string> { ["child-allowance"] = "no", ["water-start"] = "no", ["water-stop"] = "yes" }));
    }

    [Theory]
    [InlineData("2019-04-02", "2026-04-01", 6)]
    [InlineData("2019-04-02", "2026-04-02", 7)]
    // 年齢計算ニ関スル法律: a 29 February birthday is reached on 28 February in common years.
    [InlineData("2020-02-29", "2026-02-28", 6)]
    public void AgeOn_CountsWholeYears(string birth, string day, int age) =>
        Assert.Equal(age, LifeEventRules.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
