using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>
/// A small OpenID Connect provider standing in for the デジタル認証アプリ's authorization server: discovery, authorize
/// (approves at once, as the app does after the card and PIN), token with PKCE S256 and client secret, and JWKS.
/// Switches let a test hand back a wrong nonce or treat every code as expired.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "RP00000001";
    public const string ClientSecret = "test-client-secret-not-for-production";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, string RedirectUri)> _codes = new();

    private TestOidcProvider(WebApplication app) => _app = app;

    public string Issuer { get; private set; } = "";
    public Dictionary<string, object> Person { get; set; } = [];
    public bool WrongNonce { get; set; }
    public bool ExpireCodes { get; set; }

    public static TestOidcProvider Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = new TestOidcProvider(builder.Build());
        provider.Map();
        provider._app.StartAsync().GetAwaiter().GetResult();
        provider.Issuer = provider._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return provider;
    }

    private void Map()
    {
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(Discovery()));
        _app.MapGet("/jwks", () => Results.Json(new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(_key) } }));
        _app.MapGet("/authorize", (HttpRequest r) =>
        {
            var q = r.Query;
            if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256"
                || string.IsNullOrEmpty(q["nonce"]) || string.IsNullOrEmpty(q["code_challenge"]) || !q["scope"].ToString().Split(' ').Contains("openid"))
            {
                return Results.BadRequest("invalid_request");
            }
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _codes[code] = (q["nonce"]!, q["code_challenge"]!, q["redirect_uri"]!);
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"]!)}");
        });
        _app.MapPost("/token", async (HttpRequest r) =>
        {
            var form = await r.ReadFormAsync();
            var (clientId, secret) = ClientOf(r, form);
            if (!_codes.TryRemove(form["code"].ToString(), out var grant) || ExpireCodes)
            {
                return Results.Json(new { error = "invalid_grant", error_description = "the code has expired" }, statusCode: 400);
            }
            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
            if (clientId != ClientId || secret != ClientSecret || challenge != grant.Challenge || form["redirect_uri"] != grant.RedirectUri)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }
            var claims = new Dictionary<string, object>(Person) { ["sub"] = "pairwise-" + Person.GetValueOrDefault("name"), ["nonce"] = WrongNonce ? "not-the-nonce" : grant.Nonce };
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                Claims = claims,
                IssuedAt = DateTime.UtcNow,
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = "at-" + Guid.NewGuid(), token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }

    private static readonly string[] s_code = ["code"];
    private static readonly string[] s_pairwise = ["pairwise"];
    private static readonly string[] s_rs256 = ["RS256"];
    private static readonly string[] s_s256 = ["S256"];
    private static readonly string[] s_scopes = ["openid", "name", "address", "birthdate", "gender", "sign"];

    private Dictionary<string, object> Discovery() => new()
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["jwks_uri"] = Issuer + "/jwks",
        ["response_types_supported"] = s_code,
        ["subject_types_supported"] = s_pairwise,
        ["id_token_signing_alg_values_supported"] = s_rs256,
        ["code_challenge_methods_supported"] = s_s256,
        ["scopes_supported"] = s_scopes,
    };

    private static (string? Id, string? Secret) ClientOf(HttpRequest r, IFormCollection form)
    {
        if (r.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }
        return (form["client_id"], form["client_secret"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Rsa.Dispose();
    }
}
