using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Platform;

public sealed class PagesAndErrorsTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    [Fact]
    public async Task Home_Default_IsJapaneseWithSkipLinkAndNoDeadLinks()
    {
        var client = factory.CreateClient();

        var page = await Html.GetAsync(client, "/");

        Assert.Equal("ja", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("九重町の手続きとお知らせ", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("#main", page.Document.QuerySelector(".skip-link")!.GetAttribute("href"));
        foreach (var href in page.Document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var response = await client.GetAsync(href);
            Assert.True(response.IsSuccessStatusCode, $"{href} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task LanguageSwitch_English_TranslatesLayoutAndKeepsPage()
    {
        var client = factory.CreateClient();
        var home = await Html.GetAsync(client, "/accessibility");
        var token = Html.AntiforgeryToken(home.Document);

        var response = await client.PostAsync("/settings/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "en",
            ["returnUrl"] = "/accessibility",
            ["__RequestVerificationToken"] = token,
        }));
        var page = await Html.ParseAsync(response);

        Assert.Equal("/accessibility", page.Path);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Skip to main content", page.Document.QuerySelector(".skip-link")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextSizeSwitch_Large_AddsClassAndRejectsForeignReturnUrl()
    {
        var client = factory.CreateClient();
        var home = await Html.GetAsync(client, "/");

        var response = await client.PostAsync("/settings/text-size", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["size"] = "x-large",
            ["returnUrl"] = "//evil.example/",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(home.Document),
        }));
        var page = await Html.ParseAsync(response);

        Assert.Equal("/", page.Path);
        Assert.Equal("text-x-large", page.Document.DocumentElement.GetAttribute("class"));
    }

    [Fact]
    public async Task Search_HiraganaQuery_FindsKatakanaKeyword()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("あくせしびりてぃ"));

        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/accessibility");
    }

    [Fact]
    public async Task UnknownPage_Returns404PoliteJapanesePage()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ページが見つかりません", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.Document.QuerySelector(".request-id")!.TextContent);
    }

    [Fact]
    public async Task UnknownApi_ReturnsProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Healthz_DatabaseAnswers_Returns200Healthy()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Pages_Always_SendSecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejectedPolitely()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/staff/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.c", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>A host whose database cannot be reached: health must say so with 503.</summary>
public sealed class UnreachableDatabaseFactory : TsunaguFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("ConnectionStrings:Tsunagu", TestDatabase.IsPostgres
            ? "Host=127.0.0.1;Port=1;Username=postgres;Timeout=2"
            : $"Data Source={Path.Combine(Database.DataDirectory, "missing", "none.db")};Mode=ReadOnly");
    }
}

public sealed class DatabaseDownTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Healthz_DatabaseDown_Returns503Unhealthy()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPost_DatabaseDown_ShowsPoliteErrorPageWithRequestId()
    {
        var client = factory.CreateClient();
        var form = await Html.GetAsync(client, "/staff/signin");

        var page = await Html.SubmitFormAsync(client, form, new() { ["Email"] = "a@test.kokonoe.invalid", ["Password"] = "whatever-123456" });

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("問題が発生しました", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
