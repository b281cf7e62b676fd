using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.MyNumberCard.Api;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Tests.MyNumberCard;

public sealed class CardSignInTests(CardFactory factory) : IClassFixture<CardFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<T> DbAsync<T>(Func<TsunaguDb, Task<T>> query) => factory.WithScopeAsync(sp => query(sp.GetRequiredService<TsunaguDb>()));

    private async Task<CardKeys> CardAsync(int skip = 0) => factory.Ca.Issue((await factory.ResidentAsync(skip)).Info);

    [Fact]
    public async Task SignIn_WithSignatureCertificate_CreatesBindingLinksRegistryAndSignsIn()
    {
        var (personId, info) = await factory.ResidentAsync(3);
        using var card = factory.Ca.Issue(info);
        var client = NewClient();

        var response = await CardFactory.SignInAsync(client, card, link: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<SignInResponse>();
        Assert.True(body!.Created);
        Assert.True(body.Linked);
        Assert.Equal("card-login", body.Assurance);
        var account = await DbAsync(db => db.Set<ResidentAccount>().AsNoTracking().SingleAsync(a => a.Id == body.AccountId));
        Assert.Equal(personId, account.LinkedResidentId);
        var binding = await DbAsync(db => db.Set<CardBinding>().AsNoTracking().SingleAsync(b => b.AccountId == body.AccountId));
        Assert.Equal(CrlStore.Normalise(card.Authentication.SerialNumber), binding.Serial);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ResidentPolicies.CookieName, StringComparison.Ordinal));
        var my = await client.GetAsync(new Uri(ResidentPolicies.HomePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, my.StatusCode);
    }

    [Fact]
    public async Task SignIn_SameCardAgain_SameAccountNotCreated()
    {
        using var card = await CardAsync(5);
        var first = await (await CardFactory.SignInAsync(NewClient(), card)).Content.ReadFromJsonAsync<SignInResponse>();

        var second = await (await CardFactory.SignInAsync(NewClient(), card)).Content.ReadFromJsonAsync<SignInResponse>();

        Assert.False(first!.Linked);
        Assert.False(second!.Created);
        Assert.Equal(first.AccountId, second.AccountId);
    }

    [Fact]
    public async Task SignIn_ReplayedNonce_Refused()
    {
        using var card = await CardAsync(6);
        var client = NewClient();
        var nonce = await CardFactory.ChallengeAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await CardFactory.SignInAsync(NewClient(), card, nonce: nonce)).StatusCode);

        await AssertRefusedAsync(await CardFactory.SignInAsync(client, card, nonce: nonce), "challenge");
    }

    [Fact]
    public async Task SignIn_NonceAfterFiveMinutes_Refused()
    {
        using var card = await CardAsync(7);
        var client = NewClient();
        var nonce = await CardFactory.ChallengeAsync(client);
        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(await CardFactory.SignInAsync(client, card, nonce: nonce), "challenge");
    }

    [Fact]
    public async Task SignIn_SignatureOverOtherData_Refused()
    {
        using var card = await CardAsync(8);
        var client = NewClient();
        var nonce = await CardFactory.ChallengeAsync(client);
        var request = new CardSignInRequest(Convert.ToBase64String(nonce), CardFactory.Der(card.Authentication), CardFactory.Sign(card.Authentication, new byte[32]));

        await AssertRefusedAsync(await client.PostAsJsonAsync(new Uri("/api/card/signin", UriKind.Relative), request), "bad-signature");
    }

    [Fact]
    public async Task SignIn_SigningKeyOverOtherData_Refused()
    {
        using var card = await CardAsync(9);
        var client = NewClient();
        var nonce = await CardFactory.ChallengeAsync(client);
        var request = new CardSignInRequest(Convert.ToBase64String(nonce), CardFactory.Der(card.Authentication), CardFactory.Sign(card.Authentication, nonce),
            CardFactory.Der(card.Signature), CardFactory.Sign(card.Signature, [1, 2, 3]));

        await AssertRefusedAsync(await client.PostAsJsonAsync(new Uri("/api/card/signin", UriKind.Relative), request), "bad-signature");
    }

    [Fact]
    public async Task SignIn_ExpiredCertificate_Refused()
    {
        var now = factory.Clock.GetUtcNow();
        using var card = factory.Ca.Issue((await factory.ResidentAsync()).Info, now.AddHours(-3), now.AddHours(-1));

        await AssertRefusedAsync(await CardFactory.SignInAsync(NewClient(), card), "expired");
    }

    [Fact]
    public async Task SignIn_NotYetValidCertificate_Refused()
    {
        var now = factory.Clock.GetUtcNow();
        using var card = factory.Ca.Issue((await factory.ResidentAsync()).Info, now.AddHours(1), now.AddYears(1));

        await AssertRefusedAsync(await CardFactory.SignInAsync(NewClient(), card), "not-yet-valid");
    }

    [Fact]
    public async Task SignIn_RevokedCertificate_Refused()
    {
        using var card = await CardAsync(10);
        factory.Ca.Revoke(card.Authentication.SerialNumber);

        await AssertRefusedAsync(await CardFactory.SignInAsync(NewClient(), card), "revoked");
    }

    [Fact]
    public async Task SignIn_SignatureCertificateUsedForSignIn_RefusedAsWrongPurpose()
    {
        using var card = await CardAsync(11);
        using var swapped = new CardKeys(card.Authentication, card.Signature);

        await AssertRefusedAsync(await CardFactory.SignInAsync(NewClient(), swapped), "wrong-purpose");
    }

    [Fact]
    public async Task SignIn_UnknownCa_Refused()
    {
        using var card = TestCards.FromOwnCa(factory.Services.GetRequiredService<CardOptions>(), factory.Clock.GetUtcNow());

        await AssertRefusedAsync(await CardFactory.SignInAsync(NewClient(), card), "unknown-ca");
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("AAECAwQFBgcICQ==")]
    [InlineData("")]
    public async Task SignIn_MalformedCertificate_Refused(string certificate)
    {
        var client = NewClient();
        var nonce = await CardFactory.ChallengeAsync(client);
        var request = new CardSignInRequest(Convert.ToBase64String(nonce), certificate, Convert.ToBase64String(new byte[256]));

        await AssertRefusedAsync(await client.PostAsJsonAsync(new Uri("/api/card/signin", UriKind.Relative), request), "malformed");
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"status {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"code\":\"{code}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(ResidentPolicies.CookieName, StringComparison.Ordinal)));
        var last = await DbAsync(db => db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("card.sign-in-refused", last.Action);
        Assert.Equal(code, last.Purpose);
    }
}
