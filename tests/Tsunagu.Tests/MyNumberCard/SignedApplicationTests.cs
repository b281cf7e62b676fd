using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Apply;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>The card test town with one <c>card-signature</c> procedure (MyNumberCard/SignedCatalog).</summary>
public sealed class SignedApplicationFactory : CardFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tsunagu:CatalogDirectory", Path.Combine(AppContext.BaseDirectory, "MyNumberCard", "SignedCatalog"));
    }
}

/// <summary>A resident signs an application with the card's 署名用 key; staff of the department re-verify it.</summary>
public sealed class SignedApplicationTests(SignedApplicationFactory factory) : IClassFixture<SignedApplicationFactory>
{
    private async Task<(HttpClient Client, CardKeys Card, FetchedPage SignPage)> ReachSigningAsync(int person)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var card = factory.Ca.Issue((await factory.ResidentAsync(person)).Info);
        (await CardFactory.SignInAsync(client, card, link: true)).EnsureSuccessStatusCode();
        var page1 = await Html.SubmitFormAsync(client, "/procedures/test-signed/apply", []);
        var review = await Html.SubmitFormAsync(client, page1, new() { ["reason"] = "試験のため", ["action"] = "next" });
        Assert.Equal("電子署名に進む", review.Document.QuerySelector("main form button[type=submit]")!.TextContent.Trim());
        var sign = await Html.SubmitFormAsync(client, review, new() { ["declaration"] = "yes" });
        Assert.EndsWith("/sign", sign.Path, StringComparison.Ordinal);
        return (client, card, sign);
    }

    private static async Task<FetchedPage> SignWithCardAsync(HttpClient client, FetchedPage signPage, byte[] cardFile, string pin)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(signPage.Document)), "__RequestVerificationToken" },
            { new ByteArrayContent(cardFile), "card", "card.p12" },
            { new StringContent(pin), "pin" },
        };
        return await Html.ParseAsync(await client.PostAsync(signPage.Path, content));
    }

    [Fact]
    public async Task Sign_SoftwareCard_SubmitsWithAVerifiedSignatureThatStaffSee()
    {
        var (client, card, sign) = await ReachSigningAsync(11);

        var done = await SignWithCardAsync(client, sign, card.ExportPkcs12("1234"), "1234");

        Assert.EndsWith("/done", done.Path, StringComparison.Ordinal);
        var stored = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ApplicationSignature>().AsNoTracking().SingleAsync());
        Assert.Equal(CrlStore.Normalise(card.Signature.SerialNumber), stored.CertificateSerial);
        Assert.Contains("\"reason\":\"試験のため\"", stored.CanonicalJson, StringComparison.Ordinal);

        var kosodate = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        await Tsunagu.Tests.Cases.CaseScenario.DispatchAsync(factory);
        var receipt = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Application>().Where(a => a.Id == stored.ApplicationId).Select(a => a.ReceiptNumber).SingleAsync());
        var caseFile = await Tsunagu.Tests.Cases.CaseScenario.CaseOfAsync(factory, receipt);
        var details = await Html.GetAsync(kosodate, $"/staff/cases/{caseFile.Id}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/staff/signatures/{stored.ApplicationId}']"));
        var page = await Html.GetAsync(kosodate, $"/staff/signatures/{stored.ApplicationId}");
        Assert.Contains("署名は有効です", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(stored.SignerName, page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var jumin = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        Assert.Equal(HttpStatusCode.Forbidden, (await jumin.GetAsync($"/staff/signatures/{stored.ApplicationId}")).StatusCode);

        // Someone changes the stored answers behind the application's back: the re-verification says so.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var application = await db.Set<Application>().SingleAsync(a => a.Id == stored.ApplicationId);
            var answers = Tsunagu.Web.Procedures.Forms.FormAnswers.FromJson(application.AnswersJson);
            answers.Set("reason", "書き換え");
            application.AnswersJson = answers.ToJson();
            await db.SaveChangesAsync();
        });
        var tampered = await Html.GetAsync(kosodate, $"/staff/signatures/{stored.ApplicationId}");
        Assert.Contains("申請の内容が署名したときと違います", tampered.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_WrongPin_SaysSoAndSubmitsNothing()
    {
        var (client, card, sign) = await ReachSigningAsync(12);

        var refused = await SignWithCardAsync(client, sign, card.ExportPkcs12("1234"), "9999");

        Assert.EndsWith("/sign", refused.Path, StringComparison.Ordinal);
        Assert.Contains("PINが正しいか", refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Application>().AnyAsync(a => a.Owner != "" && a.ProcedureId == "test-signed" && a.DraftId == Guid.Parse(sign.Path.Split('/')[2]))));
    }

    [Fact]
    public async Task Review_CardSignatureProcedure_DoesNotSubmitWithoutASignature()
    {
        var (client, _, sign) = await ReachSigningAsync(13);
        var draftId = Guid.Parse(sign.Path.Split('/')[2]);

        var review = await Html.GetAsync(client, $"/apply/{draftId}/review");
        var again = await Html.SubmitFormAsync(client, review, new() { ["declaration"] = "yes" });

        Assert.EndsWith("/sign", again.Path, StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Application>().AnyAsync(a => a.DraftId == draftId)));
    }
}
