using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Tests.Payments;

public sealed class FeeTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    private async Task<(HttpClient Client, Guid ApplicationId)> SubmittedAsync()
    {
        var (client, email) = await ResidentLogin.SignedInClientAsync(factory);
        var account = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync());
        var application = Guid.NewGuid();
        // 住民票の写し costs 300 yen in the town's catalogue.
        await factory.WithScopeAsync(sp => sp.GetRequiredService<FeeDesk>().HandleAsync(new ApplicationSubmitted(application, "R-TEST-" + application.ToString("N")[..6],
            "juminhyo-no-utsushi", 1, "住民票の写しの交付請求", "jumin", 5, DateTime.UtcNow, account, "online"), Guid.NewGuid(), default));
        return (client, application);
    }

    private Task<FeeCharge> ChargeAsync(Guid application) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<FeeCharge>().AsNoTracking().SingleAsync(c => c.ApplicationId == application));

    private Task<CaseCheckOutcome> CheckAsync(Guid application) => factory.WithScopeAsync(sp => sp.GetRequiredService<ICaseFeeCheck>()
        .IsPaidAsync(new CaseFacts(Guid.NewGuid(), "juminhyo-no-utsushi", CaseChannel.Online, "R", application, 300)));

    private static async Task<FetchedPage> PayAsync(HttpClient client, Guid charge, string card)
    {
        var page = await Html.GetAsync(client, "/my/fees");
        return await Html.SubmitFormAsync(client, "/my/fees", new() { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document), ["ChargeId"] = charge.ToString(), ["CardNumber"] = card });
    }

    [Fact]
    public async Task Fee_DeclinedThenPaid_TheCaseCheckSeesItPaid()
    {
        var (client, application) = await SubmittedAsync();
        var charge = await ChargeAsync(application);
        Assert.Equal(300, charge.Amount);
        Assert.False((await CheckAsync(application)).Passed);

        var declined = await PayAsync(client, charge.Id, SimulatedPaymentProvider.Declined);
        Assert.Contains("承認しませんでした", declined.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await PayAsync(client, charge.Id, "4242 4242 4242 4242");

        Assert.Equal(FeeStatus.Paid, (await ChargeAsync(application)).Status);
        Assert.True((await CheckAsync(application)).Passed);
        var caseId = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<ICaseIntake>().OpenAsync(new NewCase("juminhyo-no-utsushi", CaseChannel.Online,
            "R-FEE", null, "手数料 確認", "テスウリョウ カクニン", new Dictionary<string, string>()), "fee-case:" + application)).CaseId);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            (await db.Set<Web.Cases.CaseFile>().SingleAsync(c => c.Id == caseId)).ApplicationId = application;
            await db.SaveChangesAsync();
        });
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", Web.Platform.StaffIdentity.StaffRoles.Examiner);
        Assert.Contains("支払済み", (await Html.GetAsync(staff, $"/staff/cases/{caseId}")).Document.QuerySelector("#case-fee")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fee_ProviderTimesOutAfterTheMoneyMoved_IsReconciledAsPaid_AndNeverChargedTwice()
    {
        var (client, application) = await SubmittedAsync();
        var charge = await ChargeAsync(application);

        var page = await PayAsync(client, charge.Id, SimulatedPaymentProvider.TimeoutAfterCharge);
        var afterTimeout = await ChargeAsync(application);
        // A second attempt (a resent form) finds the charge paid and asks the provider for nothing new.
        var again = await factory.WithScopeAsync(sp => sp.GetRequiredService<FeeDesk>().PayAsync(charge.Id, charge.AccountId!.Value, "4242424242424242", default));

        Assert.Equal(FeeStatus.Paid, afterTimeout.Status);
        Assert.Contains("お支払い済み", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again);
        Assert.Equal(afterTimeout.ProviderReference, (await ChargeAsync(application)).ProviderReference);
    }
}
