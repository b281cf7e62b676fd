using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Tests.MyNumberCard;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Certificates;

public sealed class OnlineCertificateTests(KioskFactory factory) : IClassFixture<KioskFactory>
{
    [Fact]
    public async Task Resident_SignedInWithTheCard_IssuesAndDownloadsTheirOwnCertificate_OthersCannot()
    {
        var client = factory.CreateClient();
        var (_, info) = await factory.ResidentAsync(12);
        using var card = factory.Ca.Issue(info);
        (await CardFactory.SignInAsync(client, card, link: true)).EnsureSuccessStatusCode();

        var page = await Html.GetAsync(client, "/my/certificates");
        var done = await Html.SubmitFormAsync(client, page, new() { ["Kind"] = "juminhyo", ["Scope"] = "household", ["Copies"] = "1", ["ByPost"] = "true" });

        Assert.NotNull(done.Document.QuerySelector("#issued"));
        // Until the fee is paid the list offers payment, not the PDF.
        Assert.NotNull(done.Document.QuerySelector("#recent a.pay-fee"));
        var fees = await Html.GetAsync(client, "/my/fees");
        await Html.SubmitFormAsync(client, fees, new() { ["CardNumber"] = "4242424242424242" });
        var paid = await Html.GetAsync(client, "/my/certificates");
        var link = paid.Document.QuerySelector("#recent a")!.GetAttribute("href")!;
        Assert.Contains("handler=pdf", link, StringComparison.Ordinal);
        var pdf = await client.GetAsync(link);
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("オンライン", text, StringComparison.Ordinal);
        Assert.Contains(info.Name.Replace('　', ' '), text, StringComparison.Ordinal);

        // Asked for by post too: a case in 住民課's inbox names the serial to print and mail.
        var serial = link[(link.IndexOf("serial=", StringComparison.Ordinal) + 7)..];
        var posted = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().AsNoTracking().SingleAsync(c => c.SourceReference == serial));
        Assert.Equal("jumin", posted.Department);
        Assert.Equal("郵送で受け取る", System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(posted.AnswersJson)!["receive-method"]);

        var stranger = factory.CreateClient();
        var (_, otherInfo) = await factory.ResidentAsync(13);
        using var otherCard = factory.Ca.Issue(otherInfo);
        (await CardFactory.SignInAsync(stranger, otherCard, link: true)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Resident_WithoutCardSignIn_IsSentToSignInWithTheCard()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/my/certificates");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Resident_SeesTheirHouseholdsBills_AndPrintsTheSlipsAgainWithTheSameNumbers()
    {
        var payer = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Web.Payments.Billing.Assessment>().AsNoTracking().OrderBy(a => a.Number).FirstAsync());
        var (_, info) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var p = await db.Set<Web.Residents.Person>().AsNoTracking().SingleAsync(p => p.Id == payer.PayerResidentId);
            var h = await db.Set<Web.Residents.Household>().AsNoTracking().SingleAsync(h => h.Id == p.HouseholdId);
            return (p.Id, new Web.MyNumberCard.BasicFourInfo(p.FullName, h.Address.FullText, p.BirthDate, p.Sex == Web.Residents.Sex.Male ? "1" : "2"));
        });
        var client = factory.CreateClient();
        using var card = factory.Ca.Issue(info);
        (await CardFactory.SignInAsync(client, card, link: true)).EnsureSuccessStatusCode();

        var page = await Html.GetAsync(client, "/my/payments");

        Assert.Contains(Web.Payments.Funds.Name(payer.Fund), page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var pdf = await client.GetAsync($"/my/payments?handler=slips&year={payer.FiscalYear}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Contains("納付書", PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
