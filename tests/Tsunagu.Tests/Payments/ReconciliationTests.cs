using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Payments;

public sealed class ReconciliationTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private Task<List<Instalment>> InstalmentsAsync(int skip, int take) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<TsunaguDb>().Set<Instalment>().AsNoTracking().OrderBy(i => i.PaymentNumber).Skip(skip).Take(take).ToListAsync());

    private Task<PaymentImportReport> ImportAsync(string csv) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<PaymentImport>().ImportAsync(Encoding.UTF8.GetBytes(csv), "payments.csv", "test", default));

    private static string Line(string kind, Instalment i, long amount, string day = "2026-07-10") =>
        string.Create(CultureInfo.InvariantCulture, $"{kind},{i.PaymentNumber},{amount},{day},テスト銀行\n");

    [Fact]
    public async Task Final_Report_AppliesFullPartialOverAndDoublePayments_UnknownNumbersWaitForReview_AndTheSameFileAgainChangesNothing()
    {
        var i = await InstalmentsAsync(0, 4);
        var csv = "種別,納付番号,金額,納付日,収納機関\n"
            + Line("確報", i[0], i[0].Amount)
            + Line("確報", i[1], 100)
            + Line("確報", i[2], i[2].Amount + 500)
            + Line("確報", i[3], i[3].Amount) + Line("確報", i[3], i[3].Amount)
            + "確報,319999000000000011,1000,2026-07-10,テスト銀行\n";

        var report = await ImportAsync(csv);
        var again = await ImportAsync(csv);

        Assert.Empty(report.Problems);
        Assert.Equal(3, report.Results[MatchResult.Applied]);
        Assert.Equal(1, report.Results[MatchResult.Overpaid]);
        Assert.Equal(1, report.Results[MatchResult.PaidTwice]);
        Assert.Equal(1, report.Results[MatchResult.Unknown]);
        var after = await InstalmentsAsync(0, 4);
        Assert.Equal([i[0].Amount, 100, i[2].Amount, i[3].Amount], after.Select(x => x.Paid));
        Assert.True(again.AlreadyImported);
        Assert.Equal([i[0].Amount, 100, i[2].Amount, i[3].Amount], (await InstalmentsAsync(0, 4)).Select(x => x.Paid));
    }

    [Fact]
    public async Task Preliminary_ThenADifferentFinal_IsFlagged_AndACutOffFileAppliesNothing()
    {
        var i = (await InstalmentsAsync(10, 1))[0];
        await ImportAsync("種別,納付番号,金額,納付日,収納機関\n" + Line("速報", i, i.Amount, "2026-08-01"));
        Assert.Equal(0, (await InstalmentsAsync(10, 1))[0].Paid);

        var final = await ImportAsync("種別,納付番号,金額,納付日,収納機関\n" + Line("確報", i, i.Amount - 100, "2026-08-01"));
        Assert.Equal(1, final.Results[MatchResult.DiffersFromPreliminary]);

        var j = (await InstalmentsAsync(11, 1))[0];
        var cut = await ImportAsync("種別,納付番号,金額,納付日,収納機関\n" + Line("確報", j, j.Amount)[..^5]);
        Assert.Contains("途中で切れて", cut.Problems.Single().Message, StringComparison.Ordinal);
        Assert.Equal(0, (await InstalmentsAsync(11, 1))[0].Paid);
    }

    [Fact]
    public async Task StaffPage_ImportsAFile_ShowsTheReviewQueue_AndTheProvisionalElQrNotice_ToTaxationOnly()
    {
        var i = (await InstalmentsAsync(20, 1))[0];
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);
        var page = await Html.GetAsync(staff, "/staff/payments");
        Assert.NotNull(page.Document.QuerySelector("#elqr-notice"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page.Document)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("種別,納付番号,金額,納付日,収納機関\n" + Line("確報", i, i.Amount + 1000))), "Upload", "p.csv" },
        };
        var done = await Html.ParseAsync(await staff.PostAsync("/staff/payments", content));

        Assert.Contains("過納", done.Document.QuerySelector("#import-report")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(i.PaymentNumber, done.Document.QuerySelector("#review")!.TextContent, StringComparison.Ordinal);
        var other = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/staff/payments")).StatusCode);
    }

    [Fact]
    public async Task Staff_FindAHouseholdByPaymentNumber_AndSeeEachPayersInstalments()
    {
        var i = (await InstalmentsAsync(30, 1))[0];
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Counter);

        var page = await Html.GetAsync(staff, $"/staff/payments?handler=find&Number={i.PaymentNumber}");

        Assert.StartsWith("/staff/payments/households/", page.Path, StringComparison.Ordinal);
        Assert.Contains(i.PaymentNumber, page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var missing = await Html.GetAsync(staff, "/staff/payments?handler=find&Number=999999999");
        Assert.Contains("見つかりません", missing.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
