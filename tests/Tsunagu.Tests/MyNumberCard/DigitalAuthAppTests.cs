using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>The card test town configured to trust a local OIDC provider as the デジタル認証アプリ.</summary>
public sealed class DigitalAuthFactory : CardFactory
{
    public TestOidcProvider Provider { get; } = TestOidcProvider.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MyNumberCard:DigitalAuthApp:Issuer", Provider.Issuer);
        builder.UseSetting("MyNumberCard:DigitalAuthApp:ClientId", TestOidcProvider.ClientId);
        builder.UseSetting("MyNumberCard:DigitalAuthApp:ClientSecret", TestOidcProvider.ClientSecret);
        builder.UseSetting("MyNumberCard:DigitalAuthApp:RequireHttpsMetadata", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>Sign-in through the デジタル認証アプリ: code + PKCE, nonce and state checked, refused cleanly when they are wrong.</summary>
public sealed class DigitalAuthAppTests(DigitalAuthFactory factory) : IClassFixture<DigitalAuthFactory>
{
    private HttpClient NewClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>Starts the sign-in, lets the provider approve, and returns the callback the browser would follow.</summary>
    private static async Task<Uri> ThroughTheAppAsync(HttpClient client)
    {
        var page = await Html.GetAsync(client, "/account/digital-auth");
        var start = await client.PostAsync("/account/digital-auth",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Html.AntiforgeryToken(page.Document))]));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("nonce=", authorize.Query, StringComparison.Ordinal);
        using var phone = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var approved = await phone.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return approved.Headers.Location!;
    }

    private async Task UsePersonAsync(int skip)
    {
        var (_, info) = await factory.ResidentAsync(skip);
        factory.Provider.Person = new()
        {
            ["name"] = info.Name,
            ["address"] = new Dictionary<string, object> { ["formatted"] = info.Address },
            ["birthdate"] = info.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["gender"] = info.Sex == "1" ? "male" : "female",
        };
    }

    [Fact]
    public async Task SignIn_ThroughTheApp_SignsInWithCardAssuranceAndLinksTheRegistry()
    {
        await UsePersonAsync(40);
        var client = NewClient();

        var back = await client.GetAsync((await ThroughTheAppAsync(client)).PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/my", back.Headers.Location!.OriginalString);
        var my = await Html.GetAsync(client, "/my");
        Assert.Equal(HttpStatusCode.OK, my.Status);
        Assert.Contains("マイナンバーカードでログインしています", my.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (personId, _) = await factory.ResidentAsync(40);
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().AnyAsync(a => a.LinkedResidentId == personId)));
    }

    [Fact]
    public async Task SignIn_WrongNonce_IsRefusedAndNobodySignsIn()
    {
        await UsePersonAsync(41);
        factory.Provider.WrongNonce = true;
        try
        {
            var client = NewClient();
            var back = await client.GetAsync((await ThroughTheAppAsync(client)).PathAndQuery);

            Assert.Equal(DigitalAuthAppTestsPaths.Failed, back.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/my")).StatusCode);
        }
        finally
        {
            factory.Provider.WrongNonce = false;
        }
    }

    [Fact]
    public async Task SignIn_TamperedState_IsRefused()
    {
        await UsePersonAsync(42);
        var client = NewClient();
        var callback = await ThroughTheAppAsync(client);

        var back = await client.GetAsync(callback.AbsolutePath + callback.Query.Replace("state=", "state=x", StringComparison.Ordinal));

        Assert.Equal(DigitalAuthAppTestsPaths.Failed, back.Headers.Location!.OriginalString);
        var page = await Html.GetAsync(client, back.Headers.Location!.OriginalString);
        Assert.Contains("確認できませんでした", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ExpiredCode_IsRefused()
    {
        await UsePersonAsync(43);
        factory.Provider.ExpireCodes = true;
        try
        {
            var client = NewClient();
            var back = await client.GetAsync((await ThroughTheAppAsync(client)).PathAndQuery);

            Assert.Equal(DigitalAuthAppTestsPaths.Failed, back.Headers.Location!.OriginalString);
        }
        finally
        {
            factory.Provider.ExpireCodes = false;
        }
    }
}

internal static class DigitalAuthAppTestsPaths
{
    public const string Failed = Tsunagu.Web.MyNumberCard.DigitalAuthApp.FailedPath;
}
