using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Tests.Cases;

public sealed class CaseTransitionsTests
{
    [Theory]
    [InlineData(CaseStatus.Received, CaseStatus.InReview)]
    [InlineData(CaseStatus.InReview, CaseStatus.CorrectionRequested)]
    [InlineData(CaseStatus.CorrectionRequested, CaseStatus.Corrected)]
    [InlineData(CaseStatus.Corrected, CaseStatus.CorrectionRequested)]
    [InlineData(CaseStatus.Corrected, CaseStatus.AwaitingApproval)]
    [InlineData(CaseStatus.InReview, CaseStatus.AwaitingApproval)]
    [InlineData(CaseStatus.AwaitingApproval, CaseStatus.InReview)]
    [InlineData(CaseStatus.Received, CaseStatus.Withdrawn)]
    public void Check_StepOfTheWorkflow_IsAllowed(CaseStatus from, CaseStatus to) =>
        Assert.Null(CaseTransitions.Check(from, to, requiresApproval: true, isManager: false));

    [Theory]
    [InlineData(CaseStatus.Received, CaseStatus.Completed)]
    [InlineData(CaseStatus.Received, CaseStatus.AwaitingApproval)]
    [InlineData(CaseStatus.CorrectionRequested, CaseStatus.AwaitingApproval)]
    [InlineData(CaseStatus.InReview, CaseStatus.Corrected)]
    [InlineData(CaseStatus.Received, CaseStatus.Received)]
    public void Check_SkippedStep_IsRefusedNamingBothStatuses(CaseStatus from, CaseStatus to)
    {
        var error = Assert.IsType<TransitionNotAllowed>(CaseTransitions.Check(from, to, requiresApproval: false, isManager: true));

        Assert.Contains(from.Japanese(), error.Message, StringComparison.Ordinal);
        Assert.Contains(to.Japanese(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseStatus.Completed)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Withdrawn)]
    public void Check_ClosedCase_CannotMoveAnywhere(CaseStatus closed)
    {
        foreach (var to in CaseStatuses.All)
        {
            Assert.IsType<CaseClosedAlready>(CaseTransitions.Check(closed, to, false, true));
        }
    }

    [Fact]
    public void Check_ApprovalProcedure_OnlyManagerClosesAndOnlyFromAwaitingApproval()
    {
        Assert.IsType<ApprovalByManager>(CaseTransitions.Check(CaseStatus.AwaitingApproval, CaseStatus.Completed, true, isManager: false));
        Assert.Null(CaseTransitions.Check(CaseStatus.AwaitingApproval, CaseStatus.Completed, true, isManager: true));
        Assert.IsType<TransitionNotAllowed>(CaseTransitions.Check(CaseStatus.InReview, CaseStatus.Completed, true, isManager: true));
        Assert.Null(CaseTransitions.Check(CaseStatus.InReview, CaseStatus.Completed, false, isManager: false));
    }

    [Fact]
    public void Next_HidesCorrectionStepsAndDecisionsTheActorMayNotTake()
    {
        var examiner = CaseTransitions.Next(CaseStatus.AwaitingApproval, requiresApproval: true, isManager: false);
        var manager = CaseTransitions.Next(CaseStatus.AwaitingApproval, requiresApproval: true, isManager: true);
        var review = CaseTransitions.Next(CaseStatus.InReview, requiresApproval: false, isManager: false);

        Assert.Equal([CaseStatus.InReview, CaseStatus.Withdrawn], examiner);
        Assert.Equal([CaseStatus.Completed, CaseStatus.Rejected, CaseStatus.InReview, CaseStatus.Withdrawn], manager);
        Assert.DoesNotContain(CaseStatus.CorrectionRequested, review);
        Assert.Contains(CaseStatus.Completed, review);
    }

    [Fact]
    public void ForResident_InternalStepsShowAsUnderReview()
    {
        Assert.Equal("審査中", CaseStatus.AwaitingApproval.ForResident());
        Assert.Equal("審査中", CaseStatus.Corrected.ForResident());
        Assert.Equal("補正のお願い", CaseStatus.CorrectionRequested.ForResident());
    }

    [Theory]
    [InlineData("2026-11-24", 5, "2026-12-01")] // Tue + 5 working days, over a weekend
    [InlineData("2026-04-28", 5, "2026-05-11")] // Golden Week: 4/29, 5/3–5/6 (5/6 is 振替休日 for 5/3 on a Sunday)
    [InlineData("2026-12-25", 2, "2027-01-04")] // year-end closure 12/29–1/3
    [InlineData("2026-09-18", 2, "2026-09-25")] // Silver Week: 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日
    [InlineData("2026-11-24", 0, "2026-11-24")]
    public void BusinessDays_Add_SkipsWeekendsHolidaysAndYearEnd(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            BusinessDays.Add(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Theory]
    [InlineData("2026-01-12", true)] // 成人の日 (2nd Monday)
    [InlineData("2026-03-20", true)] // 春分の日
    [InlineData("2026-07-20", true)] // 海の日
    [InlineData("2026-10-12", true)] // スポーツの日
    [InlineData("2026-11-03", true)]
    [InlineData("2026-11-24", false)]
    [InlineData("2027-03-21", true)] // 春分の日 2027
    public void JapaneseHolidays_KnownDates(string day, bool holiday) =>
        Assert.Equal(holiday, JapaneseHolidays.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
