using System.Net;
using System.Text.RegularExpressions;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Platform;

/// <summary>A limit of 3 sign-in submissions a minute, so the limiter itself is tested.</summary>
public sealed class StrictRateLimitFactory : TsunaguFactory
{
    protected override int SignInsPerMinute => 3;
}

public sealed partial class ResidentAccountPagesTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Theory]
    [InlineData("/account/register")]
    [InlineData("/account/signin?expired=true")]
    [InlineData("/account/forgot")]
    [InlineData("/account/check-mail")]
    [InlineData("/account/check-mail?kind=reset")]
    [InlineData("/account/verify?token=unknown")]
    [InlineData("/account/reset?token=unknown")]
    [InlineData("/account/signout")]
    public async Task AccountPage_English_HasNoJapaneseLeft(string url)
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/");
        await client.PostAsync("/settings/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "en",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
        }));

        var english = await Html.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, english.Status);
        var untranslated = Japanese().Matches(english.Document.QuerySelector("main")!.TextContent).Select(m => m.Value).ToList();
        Assert.True(untranslated.Count == 0, "untranslated: " + string.Join(" | ", untranslated));
    }

    [Fact]
    public async Task SignIn_TooManySubmissions_Answers429ButPagesStillOpen()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await Html.SubmitFormAsync(client, "/account/signin", new() { ["Email"] = "nobody@example.jp", ["Password"] = "wrong-password" })).Status);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await Html.GetAsync(client, "/account/signin")).Status);
    }

    [GeneratedRegex(@"[\u3040-\u30ff\u3400-\u9fff]+")]
    private static partial Regex Japanese();
}
