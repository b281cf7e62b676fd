using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Payments.Fees.Gmo;

namespace Tsunagu.Tests.Payments;

public sealed class GmoGatewayTests : IDisposable
{
    private const string Key = "fee-0123456789abcdef0123456789abcdef";
    private readonly FakeGmoServer _server = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero));

    public void Dispose() => _server.Dispose();

    private GmoPaymentGateway Gateway(string shopPass = FakeGmoServer.ShopPass)
    {
        _server.Today = "20261205";
        var options = new GmoOptions
        {
            BaseUrl = "https://pt01.mul-pay.jp/payment/",
            ShopId = FakeGmoServer.ShopId,
            ShopPass = shopPass,
            TokenScriptUrl = "https://stg.static.mul-pay.jp/ext/js/token.js",
        };
        var http = new HttpClient(_server) { BaseAddress = new Uri(options.BaseUrl), Timeout = TimeSpan.FromMilliseconds(300) };
        return new GmoPaymentGateway(http, options, _clock, NullLogger<GmoPaymentGateway>.Instance);
    }

    [Fact]
    public async Task Charge_GoodToken_EntryThenExecOnce_WithTheTokenAndNoCardNumber()
    {
        var result = await Gateway().ChargeAsync(Key, 300, "住民票の写し 手数料", "tok-good", default);

        Assert.Equal(ChargeOutcome.Succeeded, result.Outcome);
        Assert.Equal(["EntryTran.idPass", "ExecTran.idPass"], _server.Requests.Select(r => r.Api));
        var entry = _server.Requests[0].Form;
        Assert.Equal(("CAPTURE", "300"), (entry["JobCd"], entry["Amount"]));
        Assert.True(entry["OrderID"].Length <= 27);
        var exec = _server.Requests[1].Form;
        Assert.Equal(("1", "tok-good"), (exec["Method"], exec["Token"]));
        Assert.DoesNotContain(_server.Requests, r => r.Form.ContainsKey("CardNo"));
        Assert.Equal(_server.Orders.Single().Value.TranId, result.Reference);
        Assert.Equal(1, _server.Charges);
    }

    [Fact]
    public void OrderIdFor_SameKey_SameIdWithinGmoLimits()
    {
        var id = GmoPaymentGateway.OrderIdFor(Key);

        Assert.Equal(id, GmoPaymentGateway.OrderIdFor(Key));
        Assert.NotEqual(id, GmoPaymentGateway.OrderIdFor(Key + "0"));
        Assert.Equal(27, id.Length);
        Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    [Fact]
    public async Task Charge_CardCompanyRefuses_DeclinedWithTheResidentsMessage()
    {
        var result = await Gateway().ChargeAsync(Key, 300, "", FakeGmoServer.DeclinedToken, default);

        Assert.Equal(ChargeOutcome.Declined, result.Outcome);
        Assert.Contains("ご利用可能額を超えている", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Charges);
    }

    [Fact]
    public async Task Charge_TimeoutAfterTheMoneyMoved_TimedOut_ThenSearchTradeFindsIt_AndARetryChargesNothing()
    {
        var gateway = Gateway();

        var first = await gateway.ChargeAsync(Key, 300, "", FakeGmoServer.TimeoutToken, default);
        var status = await gateway.StatusAsync(Key, default);
        var retry = await gateway.ChargeAsync(Key, 300, "", "tok-good", default);

        Assert.Equal(ChargeOutcome.TimedOut, first.Outcome);
        Assert.Equal(_server.Orders.Single().Value.TranId, status);
        Assert.Equal((ChargeOutcome.Succeeded, status), (retry.Outcome, retry.Reference));
        Assert.Equal(1, _server.Charges);
        // The retry met the duplicate order and asked; it never executed again.
        Assert.Single(_server.Requests, r => r.Api == "ExecTran.idPass");
    }

    [Fact]
    public async Task Charge_RetriedAfterSuccess_DuplicateOrderIsLookedUp_NotChargedTwice()
    {
        var gateway = Gateway();

        var first = await gateway.ChargeAsync(Key, 300, "", "tok-good", default);
        var second = await gateway.ChargeAsync(Key, 300, "", "tok-another", default);

        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(ChargeOutcome.Succeeded, second.Outcome);
        Assert.Equal(1, _server.Charges);
        Assert.Equal(["EntryTran.idPass", "ExecTran.idPass", "EntryTran.idPass", "SearchTrade.idPass"], _server.Requests.Select(r => r.Api));
    }

    [Fact]
    public async Task Charge_OrderRegisteredButNeverExecuted_RetryExecutesTheSameOrder()
    {
        var gateway = Gateway();
        await gateway.ChargeAsync(Key, 300, "", FakeGmoServer.DeclinedToken, default);

        var retry = await gateway.ChargeAsync(Key, 300, "", "tok-good", default);

        Assert.Equal(ChargeOutcome.Succeeded, retry.Outcome);
        Assert.Single(_server.Orders);
        Assert.Equal(1, _server.Charges);
    }

    [Fact]
    public async Task Charge_AnotherAttemptChargedMeanwhile_AlreadySettledIsTimedOut_NeverADecline()
    {
        var gateway = Gateway();
        await gateway.ChargeAsync(Key, 300, "", "tok-good", default);
        _server.StaleSearch = true;

        var racing = await gateway.ChargeAsync(Key, 300, "", "tok-good", default);
        _server.StaleSearch = false;

        Assert.Equal(ChargeOutcome.TimedOut, racing.Outcome);
        Assert.NotNull(await gateway.StatusAsync(Key, default));
        Assert.Equal(1, _server.Charges);
    }

    [Fact]
    public async Task Refund_SameDay_Void_AndASecondRefundChangesNothing()
    {
        var gateway = Gateway();
        await gateway.ChargeAsync(Key, 300, "", "tok-good", default);

        var first = await gateway.RefundAsync(Key, 300, default);
        var second = await gateway.RefundAsync(Key, 300, default);

        Assert.True(first.Refunded, first.Message);
        Assert.Equal("VOID", _server.Orders.Single().Value.Status);
        Assert.Equal("VOID", _server.Requests.Single(r => r.Api == "AlterTran.idPass").Form["JobCd"]);
        Assert.Equal((true, first.Reference), (second.Refunded, second.Reference));
        Assert.Equal(1, _server.Refunds);
    }

    [Fact]
    public async Task Refund_DayAfterTheSale_Return()
    {
        var gateway = Gateway();
        await gateway.ChargeAsync(Key, 300, "", "tok-good", default);
        _clock.Advance(TimeSpan.FromDays(1));
        _server.Today = "20261206";

        var result = await gateway.RefundAsync(Key, 300, default);

        Assert.True(result.Refunded, result.Message);
        Assert.Equal("RETURN", _server.Orders.Single().Value.Status);
        Assert.Equal(["RETURN"], _server.Requests.Where(r => r.Api == "AlterTran.idPass").Select(r => r.Form["JobCd"]));
    }

    [Fact]
    public async Task Refund_NothingCharged_FailsWithAReason()
    {
        var result = await Gateway().RefundAsync(Key, 300, default);

        Assert.False(result.Refunded);
        Assert.False(string.IsNullOrEmpty(result.Message));
        Assert.Equal(0, _server.Refunds);
    }

    [Fact]
    public async Task Charge_ExecAnswersGarbage_TimedOutWithAClearProblem_ThenReconciled()
    {
        var gateway = Gateway();

        var result = await gateway.ChargeAsync(Key, 300, "", FakeGmoServer.GarbledToken, default);

        Assert.Equal(ChargeOutcome.TimedOut, result.Outcome);
        Assert.Contains("unreadable reply", result.Message, StringComparison.Ordinal);
        Assert.NotNull(await gateway.StatusAsync(Key, default));
    }

    [Fact]
    public async Task Everything_GatewayAnswersGarbage_NoExceptionAndNothingPaid()
    {
        var gateway = Gateway();
        _server.Garbled = true;

        var charge = await gateway.ChargeAsync(Key, 300, "", "tok-good", default);
        var status = await gateway.StatusAsync(Key, default);
        var refund = await gateway.RefundAsync(Key, 300, default);

        Assert.Equal(ChargeOutcome.Declined, charge.Outcome);
        Assert.Contains("つながりません", charge.Message, StringComparison.Ordinal);
        Assert.Null(status);
        Assert.False(refund.Refunded);
        // SearchTrade, a read, is the only call tried again.
        Assert.Single(_server.Requests, r => r.Api == "EntryTran.idPass");
    }

    [Fact]
    public async Task Charge_WrongShopPassword_DeclinedPolitely_NoExecTran()
    {
        var result = await Gateway(shopPass: "wrong").ChargeAsync(Key, 300, "", "tok-good", default);

        Assert.Equal(ChargeOutcome.Declined, result.Outcome);
        Assert.Contains("窓口", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => r.Api == "ExecTran.idPass");
    }

    [Theory]
    [InlineData("ErrCode=E01|E01&ErrInfo=E01010001|E01020001", false, 2)]
    [InlineData("AccessID=abc&AccessPass=def", false, 0)]
    [InlineData("<html>busy</html>", true, 0)]
    [InlineData("", true, 0)]
    public void Parse_Replies(string body, bool malformed, int errors)
    {
        var reply = GmoReply.Parse(body);

        Assert.Equal(malformed, reply.IsMalformed);
        Assert.Equal(errors, reply.ErrorCodes.Count);
        Assert.Equal(malformed || errors > 0, reply.IsError);
    }
}
