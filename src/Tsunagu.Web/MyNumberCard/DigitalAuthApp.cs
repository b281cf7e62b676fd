using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>Settings under <c>MyNumberCard:DigitalAuthApp</c>; sign-in through the app is offered only when Issuer is set.</summary>
public sealed class DigitalAuthAppOptions
{
    public string Issuer { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>Off only for a local test provider; the Agency's issuer is HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

/// <summary>
/// デジタル認証アプリ (Digital Agency) sign-in as an OpenID Connect relying party: authorization code with PKCE S256,
/// nonce and state checked by the handler, scopes <c>openid name address birthdate gender</c> (research/specs.md §2.5).
/// The app has checked the card and its PIN, so the session gets the card-login assurance; the account is bound to the
/// issuer and <c>sub</c>, and linked to the registry by the 基本4情報 claims as a card sign-in is.
/// </summary>
public static class DigitalAuthApp
{
    public const string Scheme = "DigitalAuthApp";
    public const string CallbackPath = "/signin-digital-auth";
    public const string FailedPath = "/account/digital-auth?failed=true";

    private const string NonceItem = "tsunagu-nonce";

    public static bool IsConfigured(IConfiguration configuration) => Options(configuration) is not null;

    public static void Add(WebApplicationBuilder builder)
    {
        if (Options(builder.Configuration) is not { } app)
        {
            return;
        }
        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, o =>
        {
            o.Authority = app.Issuer;
            o.ClientId = app.ClientId;
            o.ClientSecret = app.ClientSecret;
            o.RequireHttpsMetadata = app.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.CallbackPath = CallbackPath;
            o.SignInScheme = ResidentPolicies.Scheme;
            o.Scope.Clear();
            foreach (var scope in (string[])["openid", "name", "address", "birthdate", "gender"])
            {
                o.Scope.Add(scope);
            }
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.Events.OnRedirectToIdentityProvider = context =>
            {
                // Kept inside the protected state as well: the ID token from the token endpoint must carry this nonce.
                context.Properties.Items[NonceItem] = context.ProtocolMessage.Nonce;
                return Task.CompletedTask;
            };
            o.Events.OnTokenValidated = SignInAsync;
            o.Events.OnRemoteFailure = FailAsync;
        });
    }

    private static DigitalAuthAppOptions? Options(IConfiguration configuration) =>
        configuration.GetSection($"{CardOptions.Section}:DigitalAuthApp").Get<DigitalAuthAppOptions>() is { Issuer.Length: > 0 } o ? o : null;

    private static async Task SignInAsync(TokenValidatedContext context)
    {
        var http = context.HttpContext;
        var principal = context.Principal!;
        // The handler checks the nonce only when it finds its cookie; a code-flow ID token is checked here as well.
        if (context.Properties?.Items.TryGetValue(NonceItem, out var expected) != true || string.IsNullOrEmpty(expected)
            || principal.FindFirstValue("nonce") != expected)
        {
            context.Fail("the ID token's nonce is not the one sent");
            return;
        }
        var issuer = principal.FindFirstValue("iss") ?? "";
        var sub = principal.FindFirstValue("sub") ?? "";
        // card_bindings keeps subjects up to 64 characters; a longer sub is kept as its SHA-256.
        var subject = sub.Length <= 64 ? sub : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sub)));
        var outcome = await http.RequestServices.GetRequiredService<CardSignIn>().BindAccountAsync("oidc:" + issuer, subject, BasicFourInfoOf(principal), http.RequestAborted);
        var account = await http.RequestServices.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().SingleAsync(a => a.Id == outcome.AccountId, http.RequestAborted);
        await ResidentSession.SignInAsync(http, account, AssuranceLevel.CardLogin);
        context.HandleResponse();
        http.Response.Redirect(ResidentSession.SafeReturnUrl(context.Properties?.RedirectUri));
    }

    private static async Task FailAsync(RemoteFailureContext context)
    {
        // The reason goes to the audit log, not to the resident: a wrong state or nonce looks like an attack or a stale tab.
        await context.HttpContext.RequestServices.GetRequiredService<AuditLog>()
            .AppendAsync("resident:anonymous", "resident.digital-auth-refused", "oidc", Scheme, context.Failure?.GetType().Name ?? "unknown");
        context.HandleResponse();
        context.Response.Redirect(FailedPath);
    }

    /// <summary>The 基本4情報 from the ID token's claims, or null when any is missing (then nobody is linked).</summary>
    public static BasicFourInfo? BasicFourInfoOf(ClaimsPrincipal principal)
    {
        var name = principal.FindFirstValue("name");
        var address = AddressOf(principal.FindFirstValue("address"));
        var sex = principal.FindFirstValue("gender") switch { "male" => "1", "female" => "2", _ => null };
        return name is { Length: > 0 } && address is { Length: > 0 } && sex is not null
            && DateOnly.TryParseExact(principal.FindFirstValue("birthdate"), "yyyy-MM-dd", out var birth)
            ? new BasicFourInfo(name, address, birth, sex)
            : null;
    }

    /// <summary>OIDC's address claim is a JSON object with <c>formatted</c>; a plain string is taken as it is.</summary>
    private static string? AddressOf(string? claim)
    {
        if (claim is not { Length: > 0 } || claim[0] != '{')
        {
            return claim;
        }
        try
        {
            using var json = JsonDocument.Parse(claim);
            return json.RootElement.TryGetProperty("formatted", out var formatted) ? formatted.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
