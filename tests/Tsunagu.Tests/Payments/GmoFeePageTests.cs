using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Payments.Fees.Gmo;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Tests.Payments;

/// <summary>The whole application with <c>Payments:Provider=Gmo</c>, talking to the fake GMO server.</summary>
public sealed class GmoFactory : TsunaguFactory
{
    public const string TokenScript = "https://stg.static.mul-pay.jp/ext/js/token.js";

    public FakeGmoServer Gmo { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:Provider", "Gmo");
        builder.UseSetting("Payments:Gmo:BaseUrl", "https://pt01.mul-pay.jp/payment/");
        builder.UseSetting("Payments:Gmo:ShopId", FakeGmoServer.ShopId);
        builder.UseSetting("Payments:Gmo:ShopPass", FakeGmoServer.ShopPass);
        builder.UseSetting("Payments:Gmo:TokenScriptUrl", TokenScript);
        builder.UseSetting("Payments:Gmo:TimeoutSeconds", "1");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddHttpClient<GmoPaymentGateway>().ConfigurePrimaryHttpMessageHandler(() => Gmo);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Gmo.Dispose();
        }
    }
}

public sealed class GmoFeePageTests(GmoFactory factory) : IClassFixture<GmoFactory>
{
    private async Task<(HttpClient Client, FeeCharge Charge)> SubmittedAsync()
    {
        var (client, email) = await ResidentLogin.SignedInClientAsync(factory);
        var account = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync());
        var application = Guid.NewGuid();
        await factory.WithScopeAsync(sp => sp.GetRequiredService<FeeDesk>().HandleAsync(new ApplicationSubmitted(application, "R-GMO-" + application.ToString("N")[..8],
            "juminhyo-no-utsushi", 1, "住民票の写しの交付請求", "jumin", 5, DateTime.UtcNow, account, "online"), Guid.NewGuid(), default));
        return (client, await ChargeAsync(application));
    }

    private Task<FeeCharge> ChargeAsync(Guid application) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<FeeCharge>().AsNoTracking().SingleAsync(c => c.ApplicationId == application));

    private int RequestsFor(FeeCharge charge) =>
        factory.Gmo.Requests.Count(r => r.Form.GetValueOrDefault("OrderID") == GmoPaymentGateway.OrderIdFor(charge.IdempotencyKey));

    private static async Task<FetchedPage> PostAsync(HttpClient client, FeeCharge charge, Dictionary<string, string> fields)
    {
        var page = await Html.GetAsync(client, "/my/fees");
        fields["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document);
        fields["ChargeId"] = charge.Id.ToString();
        return await Html.ParseAsync(await client.PostAsync("/my/fees", new FormUrlEncodedContent(fields)));
    }

    [Fact]
    public async Task MyFees_Gmo_CardInputsHaveNoName_TokenScriptAllowedByCsp_NoScriptNamesTheCounter()
    {
        var (client, charge) = await SubmittedAsync();

        var response = await client.GetAsync("/my/fees");
        var page = await Html.ParseAsync(response);

        var form = page.Document.QuerySelector($"form.card-token-form:has(input[value='{charge.Id}'])")!;
        Assert.Equal(3, form.QuerySelectorAll("[data-card]").Length);
        Assert.All(form.QuerySelectorAll("[data-card]"), input => Assert.False(input.HasAttribute("name")));
        Assert.NotNull(form.QuerySelector("input[type=hidden][name=Token]"));
        Assert.Equal(FakeGmoServer.ShopId, form.GetAttribute("data-shop-id"));
        Assert.Contains(page.Document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == GmoFactory.TokenScript);
        Assert.Contains(page.Document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/fee-card-token.js", StringComparison.Ordinal));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://stg.static.mul-pay.jp;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("窓口", page.Document.QuerySelector("noscript")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_WithToken_PaidThroughGmoOnce()
    {
        var (client, charge) = await SubmittedAsync();

        var page = await PostAsync(client, charge, new() { ["Token"] = "tok-good" });

        var paid = await ChargeAsync(charge.ApplicationId);
        Assert.Equal(FeeStatus.Paid, paid.Status);
        Assert.Equal(factory.Gmo.Orders[GmoPaymentGateway.OrderIdFor(charge.IdempotencyKey)].TranId, paid.ProviderReference);
        Assert.Contains("お支払い済み", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_CardNumberWithoutToken_RefusedAndNothingSentToGmo()
    {
        var (client, charge) = await SubmittedAsync();

        var page = await PostAsync(client, charge, new() { ["CardNumber"] = "4242424242424242" });

        Assert.Contains("カード情報を確認できませんでした", page.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, RequestsFor(charge));
        Assert.Equal(FeeStatus.Unpaid, (await ChargeAsync(charge.ApplicationId)).Status);
    }

    [Fact]
    public async Task Pay_GmoTimesOutAfterTheMoneyMoved_ReconciledAsPaid_AndAResentFormChargesNothing()
    {
        var (client, charge) = await SubmittedAsync();

        var page = await PostAsync(client, charge, new() { ["Token"] = FakeGmoServer.TimeoutToken });
        var again = await factory.WithScopeAsync(sp => sp.GetRequiredService<FeeDesk>().PayAsync(charge.Id, charge.AccountId!.Value, "tok-good", default));

        Assert.Equal(FeeStatus.Paid, (await ChargeAsync(charge.ApplicationId)).Status);
        Assert.Contains("お支払い済み", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again);
        Assert.Single(factory.Gmo.Requests, r => r.Api == "ExecTran.idPass" && r.Form["OrderID"] == GmoPaymentGateway.OrderIdFor(charge.IdempotencyKey));
    }

    [Fact]
    public async Task Refund_ByStaff_VoidedAtGmo_OnceOnly()
    {
        var (client, charge) = await SubmittedAsync();
        await PostAsync(client, charge, new() { ["Token"] = "tok-good" });
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        await Html.SubmitFormAsync(staff, $"/staff/payments/fees?Refund={charge.Id}", new() { ["Reason"] = "申請の取り下げ" });
        await factory.WithScopeAsync(sp => sp.GetRequiredService<FeeRefunds>().RefundAsync(charge.Id, "もう一度", "test", default));

        var refunded = await ChargeAsync(charge.ApplicationId);
        var order = factory.Gmo.Orders[GmoPaymentGateway.OrderIdFor(charge.IdempotencyKey)];
        Assert.Equal((FeeStatus.Refunded, "VOID"), (refunded.Status, order.Status));
        Assert.Equal(order.TranId, refunded.RefundReference);
        Assert.Single(factory.Gmo.Requests, r => r.Api == "AlterTran.idPass" && r.Form["AccessID"] == order.AccessId);
    }
}
