using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Platform;

public sealed class ResidentLinkTests(ResidentAccountFactory factory) : IClassFixture<ResidentAccountFactory>
{
    private const string Refused = "このリンクは使えません";

    private static string MainText(FetchedPage page) => page.Document.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task VerifyLink_UsedTwice_SecondTimeRefused()
    {
        var email = ResidentLogin.NewEmail();
        var client = ResidentLogin.NewClient(factory);
        await ResidentLogin.RegisterAsync(client, email);
        var link = MailBox.Link(MailBox.Last(factory, email), "/account/verify");
        var page = await Html.GetAsync(client, link);
        await Html.SubmitFormAsync(client, page, []);

        var again = await Html.GetAsync(ResidentLogin.NewClient(factory), link);
        var replay = await Html.SubmitFormAsync(client, page, []);

        Assert.Contains(Refused, MainText(again), StringComparison.Ordinal);
        Assert.Contains(Refused, MainText(replay), StringComparison.Ordinal);
        Assert.Equal("/account/verify", replay.Path);
    }

    [Fact]
    public async Task VerifyLink_After24Hours_Refused()
    {
        var email = ResidentLogin.NewEmail();
        var client = ResidentLogin.NewClient(factory);
        await ResidentLogin.RegisterAsync(client, email);
        var link = MailBox.Link(MailBox.Last(factory, email), "/account/verify");
        var page = await Html.GetAsync(client, link);

        factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var late = await Html.SubmitFormAsync(client, page, []);

        Assert.Contains(Refused, MainText(late), StringComparison.Ordinal);
        Assert.Contains("確認がまだ済んでいない", MainText(await ResidentLogin.SignInAsync(client, email)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_AfterOneHourOrOnceUsed_Refused()
    {
        var (_, email) = await ResidentLogin.SignedInClientAsync(factory);
        var client = ResidentLogin.NewClient(factory);
        await Html.SubmitFormAsync(client, "/account/forgot", new() { ["Email"] = email });
        var late = MailBox.Link(MailBox.Last(factory, email), "/account/reset");
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await Html.SubmitFormAsync(client, "/account/forgot", new() { ["Email"] = email });
        var fresh = MailBox.Link(MailBox.Last(factory, email), "/account/reset");
        var form = await Html.GetAsync(client, fresh);
        await Html.SubmitFormAsync(client, form, new() { ["NewPassword"] = "kujuu-renzan-1791", ["Confirm"] = "kujuu-renzan-1791" });

        var expired = await Html.GetAsync(client, late);
        var reused = await Html.SubmitFormAsync(client, form, new() { ["NewPassword"] = "another-one-12345", ["Confirm"] = "another-one-12345" });

        Assert.Contains(Refused, MainText(expired), StringComparison.Ordinal);
        Assert.Contains(Refused, MainText(reused), StringComparison.Ordinal);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, (await ResidentLogin.SignInAsync(client, email, "kujuu-renzan-1791")).Path);
    }

    [Fact]
    public async Task ResetLink_PasswordSameAsEmail_RefusedAndLinkStillWorks()
    {
        var (_, email) = await ResidentLogin.SignedInClientAsync(factory);
        var client = ResidentLogin.NewClient(factory);
        await Html.SubmitFormAsync(client, "/account/forgot", new() { ["Email"] = email });
        var form = await Html.GetAsync(client, MailBox.Link(MailBox.Last(factory, email), "/account/reset"));

        var refused = await Html.SubmitFormAsync(client, form, new() { ["NewPassword"] = email, ["Confirm"] = email });
        var accepted = await Html.SubmitFormAsync(client, form, new() { ["NewPassword"] = "sujiyu-onsen-0707", ["Confirm"] = "sujiyu-onsen-0707" });

        Assert.Contains("メールアドレスと同じ", MainText(refused), StringComparison.Ordinal);
        Assert.Equal("/account/signin", accepted.Path);
    }

    [Fact]
    public async Task VerifyMail_ForgedHostHeader_LinkUsesConfiguredAddress()
    {
        var email = ResidentLogin.NewEmail();
        var client = ResidentLogin.NewClient(factory);
        var page = await Html.GetAsync(client, "/account/register");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/register")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = ResidentLogin.Password,
                ["Confirm"] = ResidentLogin.Password,
                ["Agree"] = "true",
                ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
            }),
        };
        request.Headers.Host = "evil.example";

        await client.SendAsync(request);

        var link = Assert.Single(MailBox.AllLinks(MailBox.Last(factory, email)));
        Assert.Equal("127.0.0.1", link.Host);
    }
}
