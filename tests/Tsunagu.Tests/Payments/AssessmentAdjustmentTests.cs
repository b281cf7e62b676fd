using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;

namespace Tsunagu.Tests.Payments;

public sealed class AssessmentAdjustmentTests
{
    // 2026-12-05: 国保 期 1–6 (June–November) are past due, 7–10 (December–March) are open; 介護 期 1–5 past, 6–9 open.
    private static readonly DateOnly s_today = new(2026, 12, 5);

    private static Assessment Billed(Fund fund, long annual, params long[] paid)
    {
        var a = new Assessment { Id = Guid.NewGuid(), Fund = fund, FiscalYear = 2026, Number = 42, AnnualAmount = annual };
        foreach (var p in InstalmentPlan.Split(fund, 2026, annual))
        {
            var number = SlipNumbers.PaymentNumber(fund, 2026, 42, p.Number);
            a.Instalments.Add(new Instalment
            {
                Number = p.Number,
                DueOn = p.DueOn,
                Amount = p.Amount,
                PaymentNumber = number,
                ConfirmationNumber = SlipNumbers.ConfirmationNumber(number, 0),
                Paid = p.Number <= paid.Length ? paid[p.Number - 1] : 0,
                PrintedAt = DateTime.UtcNow,
            });
        }
        return a;
    }

    private static List<(int Number, long Amount, string PaymentNumber, string Confirmation, int Reissue)> Snapshot(Assessment a) =>
        [.. a.Instalments.OrderBy(i => i.Number).Select(i => (i.Number, i.Amount, i.PaymentNumber, i.ConfirmationNumber, i.Reissue))];

    [Fact]
    public void Replan_SmallIncrease_ReissuesOnlyTheInstalmentWhoseAmountChanges()
    {
        // 123,456: 期1 12,756 and 12,300 each after; the four open 期 share 49,300 → 12,400 + 3 × 12,300.
        var a = Billed(Fund.NationalHealthInsurance, 123_456);
        var before = Snapshot(a);

        var reissued = Adjustments.Replan(a, 123_556, s_today);

        var after = Snapshot(a);
        Assert.Equal([7], reissued);
        Assert.Equal(123_556, a.Instalments.Sum(i => i.Amount));
        Assert.Equal(123_556, a.AnnualAmount);
        Assert.Equal(12_400, after[6].Amount);
        Assert.Equal(1, after[6].Reissue);
        Assert.NotEqual(before[6].Confirmation, after[6].Confirmation);
        Assert.Equal(SlipNumbers.ConfirmationNumber(before[6].PaymentNumber, 1), after[6].Confirmation);
        Assert.Equal(before.Select(b => b.PaymentNumber), after.Select(b => b.PaymentNumber));
        Assert.Equal(before.Where(b => b.Number != 7), after.Where(b => b.Number != 7));
        Assert.Null(a.Instalments.Single(i => i.Number == 7).PrintedAt);
        Assert.Equal(1, a.Version);
    }

    [Fact]
    public void Replan_Reduction_KeepsPastDueInstalments_AndReissuesTheOpenOnes()
    {
        var a = Billed(Fund.LongTermCare, 90_000, 10_000, 10_000);
        var before = Snapshot(a);

        var reissued = Adjustments.Replan(a, 70_000, s_today);

        var after = Snapshot(a);
        Assert.Equal([6, 7, 8, 9], reissued);
        Assert.Equal(before.Take(5), after.Take(5));
        Assert.Equal(70_000, after.Sum(i => i.Amount));
        Assert.All(after.Skip(5), i => Assert.Equal((5_000L, 1), (i.Amount, i.Reissue)));
    }

    [Fact]
    public void Replan_BelowWhatPastDueInstalmentsBilled_LowersThemLatestFirst_ButNeverBelowWhatWasPaid()
    {
        // Past due: 5 × 10,000 billed, 期1–3 paid. New annual 40,000: the open 期 are 0 and 期5 comes down to 0.
        var a = Billed(Fund.LongTermCare, 90_000, 10_000, 10_000, 10_000);

        var reissued = Adjustments.Replan(a, 40_000, s_today);

        Assert.Equal([5, 6, 7, 8, 9], reissued);
        Assert.Equal([10_000L, 10_000, 10_000, 10_000, 0, 0, 0, 0, 0], Snapshot(a).Select(i => i.Amount));
        Assert.Equal(40_000, a.Instalments.Sum(i => i.Amount));
    }

    [Fact]
    public void Replan_BelowWhatWasPaid_BillsOnlyWhatWasPaid_AndTheRestIsARefund()
    {
        var a = Billed(Fund.LongTermCare, 90_000, 10_000, 10_000, 10_000);

        Adjustments.Replan(a, 20_000, s_today);

        Assert.Equal([10_000L, 10_000, 10_000, 0, 0, 0, 0, 0, 0], Snapshot(a).Select(i => i.Amount));
        Assert.All(a.Instalments, i => Assert.True(i.Amount >= i.Paid));
        Assert.Equal(10_000, a.Instalments.Sum(i => i.Paid) - a.AnnualAmount);
    }

    [Fact]
    public void Replan_WhenEveryInstalmentIsPastDue_ChangesNothing()
    {
        var a = Billed(Fund.LongTermCare, 90_000);
        var before = Snapshot(a);

        Assert.Null(Adjustments.Replan(a, 10_000, new DateOnly(2027, 4, 1)));
        Assert.Equal(before, Snapshot(a));
        Assert.Equal(90_000, a.AnnualAmount);
    }

    [Theory]
    [InlineData("0", false, null)]
    [InlineData("0", true, 0L)]
    [InlineData("1,234", false, 1_234L)]
    [InlineData("-5", true, null)]
    [InlineData("10000001", true, null)]
    [InlineData("12.5", true, null)]
    public void AmountRule_IsTheImportsRule_WithZeroOnlyForAnAdjustment(string text, bool zeroAllowed, long? expected) =>
        Assert.Equal(expected, AssessmentRules.Amount(text, zeroAllowed));
}
