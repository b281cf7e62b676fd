using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;

namespace Tsunagu.Tests.Payments;

public sealed class SlipMathsTests
{
    [Theory]
    [InlineData("9191234501234567890123456789010103310123000", '3')]
    [InlineData("9194238617895391785393569273010307311031290", '3')]
    [InlineData("9192902321942000000000003755439999999999999", '9')]
    public void ConvenienceCheckDigit_MatchesTheGuidelineSamples(string first43, char check) =>
        Assert.Equal(check, ConvenienceBarcode.CheckDigit(first43));

    [Fact]
    public void ConvenienceBarcode_Lays44DigitsOut_AndRefusesAmountsAbove300000()
    {
        var data = ConvenienceBarcode.Data("944462", "312026000012345037", 0, new DateOnly(2026, 7, 31), 12_300)!;

        Assert.Equal(44, data.Length);
        Assert.Equal("91944462", data[..8]);
        Assert.Equal("312026000012345037000", data[8..29]);
        Assert.Equal("0260731" + "0" + "012300", data[29..43]);
        Assert.True(ConvenienceBarcode.IsValid(data));
        Assert.Null(ConvenienceBarcode.Data("944462", "312026000012345037", 0, null, 300_001));
        Assert.Null(ConvenienceBarcode.Data("944462", "312026000012345037", 0, null, 0));
    }

    [Fact]
    public void PaymentNumber_CarriesFundYearAssessmentInstalment_AndACheckDigit()
    {
        var number = SlipNumbers.PaymentNumber(Fund.LongTermCare, 2026, 12345, 3);

        Assert.Equal(18, number.Length);
        Assert.Equal((Fund.LongTermCare, 2026, 12345L, 3), SlipNumbers.Parse(number));
        var typo = number[..10] + (char)('0' + ((number[10] - '0' + 1) % 10)) + number[11..];
        Assert.False(SlipNumbers.IsValid(typo));
        Assert.NotEqual(SlipNumbers.ConfirmationNumber(number, 0), SlipNumbers.ConfirmationNumber(number, 1));
        Assert.Equal(6, SlipNumbers.ConfirmationNumber(number, 0).Length);
    }

    [Fact]
    public void Split_RoundsEachInstalmentDownToHundredYen_AndPutsTheRestOnTheFirst()
    {
        var plan = InstalmentPlan.Split(Fund.NationalHealthInsurance, 2026, 123_456);

        Assert.Equal(10, plan.Count);
        Assert.Equal(123_456, plan.Sum(i => i.Amount));
        Assert.All(plan.Skip(1), i => Assert.Equal(12_300, i.Amount));
        Assert.Equal(12_756, plan[0].Amount);
        Assert.Equal(new DateOnly(2026, 6, 30), plan[0].DueOn);
        // 2027-01-31 is a Sunday: due the next working day.
        Assert.Equal(new DateOnly(2027, 2, 1), plan[7].DueOn);
        Assert.Equal(9, InstalmentPlan.Split(Fund.LateStageElderly, 2026, 90_000).Count);
    }

    [Fact]
    public void Adjust_KeepsInstalmentsAlreadyDue_AndSpreadsTheNewTotalOverTheRest()
    {
        var plan = InstalmentPlan.Split(Fund.LongTermCare, 2026, 90_000);

        var adjusted = InstalmentPlan.Adjust(plan, 72_000, new DateOnly(2026, 10, 1))!;

        Assert.Equal(plan.Take(3).Select(i => i.Amount), adjusted.Take(3).Select(i => i.Amount));
        Assert.Equal(72_000, adjusted.Sum(i => i.Amount));
        Assert.Null(InstalmentPlan.Adjust(plan, 72_000, new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void ProvisionalElQr_RoundTrips()
    {
        var n = new ElNumber("44462", "312026000012345037", "012345", "001", 12_300, new DateOnly(2026, 7, 31));

        Assert.Equal(n, ProvisionalElQrEncoder.Decode(new ProvisionalElQrEncoder().Encode(n)));
    }
}
