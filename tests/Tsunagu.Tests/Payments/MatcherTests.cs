using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Payments.Slips;

namespace Tsunagu.Tests.Payments;

/// <summary>The 消込 rules, one reported payment at a time, without a database.</summary>
public sealed class MatcherTests
{
    private static Instalment Due(long amount, long paid = 0) => new()
    {
        Id = Guid.NewGuid(),
        Amount = amount,
        Paid = paid,
        PaymentNumber = SlipNumbers.PaymentNumber(Fund.NationalHealthInsurance, 2026, 42, 1),
    };

    private static PaymentRecord Reported(Instalment i, long amount, ReportKind kind = ReportKind.Final, string? number = null) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        PaymentNumber = number ?? i.PaymentNumber,
        Amount = amount,
        PaidOn = new DateOnly(2026, 7, 10),
    };

    [Theory]
    [InlineData(5000, 0, 5000, MatchResult.Applied, 5000, 0)]
    [InlineData(5000, 0, 1200, MatchResult.Applied, 1200, 0)]
    [InlineData(5000, 4000, 1000, MatchResult.Applied, 5000, 0)]
    [InlineData(5000, 0, 5300, MatchResult.Overpaid, 5000, 300)]
    [InlineData(5000, 5000, 5000, MatchResult.PaidTwice, 5000, 5000)]
    [InlineData(5000, 4500, 1000, MatchResult.Overpaid, 5000, 500)]
    public void Final_AppliesWhatIsDue_AndSendsTheRestToTheRefundList(long amount, long paid, long reported, MatchResult result, long paidAfter, long refund)
    {
        var instalment = Due(amount, paid);
        var row = Reported(instalment, reported);

        Matcher.Apply(row, instalment, []);

        Assert.Equal(result, row.Result);
        Assert.Equal(paidAfter, instalment.Paid);
        Assert.Equal(refund, row.Refund);
        Assert.Equal(reported - refund, row.Applied);
        Assert.Equal(result == MatchResult.Applied, row.Resolved);
    }

    [Fact]
    public void UnknownNumber_OrAWrongCheckDigit_WaitsForReview_AndTouchesNoInstalment()
    {
        var instalment = Due(5000);
        var wrongDigit = instalment.PaymentNumber[..^1] + (char)('0' + ((instalment.PaymentNumber[^1] - '0' + 1) % 10));
        var unknown = Reported(instalment, 5000, number: "319999000000000011");
        var mistyped = Reported(instalment, 5000, number: wrongDigit);

        Matcher.Apply(unknown, null, []);
        Matcher.Apply(mistyped, instalment, []);

        Assert.Equal(MatchResult.Unknown, unknown.Result);
        Assert.Equal(MatchResult.Unknown, mistyped.Result);
        Assert.Null(mistyped.InstalmentId);
        Assert.Equal(0, instalment.Paid);
        Assert.False(unknown.Resolved || mistyped.Resolved);
    }

    [Fact]
    public void Preliminary_IsNotedWithoutMoney_AndAFinalOfAnotherAmountIsFlagged_ButTheSameAmountIsNot()
    {
        var first = Due(5000);
        var second = Due(5000);
        var preliminaries = new List<PaymentRecord>();
        var noted = Reported(first, 5000, ReportKind.Preliminary);

        Matcher.Apply(noted, first, preliminaries);
        Matcher.Apply(Reported(second, 5000, ReportKind.Preliminary), second, preliminaries);
        var differs = Reported(first, 4800);
        Matcher.Apply(differs, first, preliminaries);
        var same = Reported(second, 5000);
        Matcher.Apply(same, second, preliminaries);

        Assert.Equal(MatchResult.Noted, noted.Result);
        Assert.Equal(0, noted.Applied);
        Assert.Equal(MatchResult.DiffersFromPreliminary, differs.Result);
        Assert.Equal(4800, first.Paid);
        Assert.Equal(MatchResult.Applied, same.Result);
        Assert.Equal(5000, second.Paid);
    }
}
