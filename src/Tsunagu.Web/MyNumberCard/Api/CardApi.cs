using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.MyNumberCard.Api;

public sealed record ChallengeResponse(string Challenge, DateTime ExpiresAt);

public sealed record SignInResponse(Guid AccountId, bool Created, bool Linked, string Assurance);

/// <summary><c>/api/card</c>: the JPKI app's side of card-login. Errors are RFC 9457 problem details.</summary>
internal static class CardApi
{
    public static void MapCardApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/card").RequireRateLimiting(ResidentPolicies.SignInRateLimit).DisableAntiforgery();
        api.MapPost("/challenge", async (CardChallenges challenges, CancellationToken ct) =>
        {
            var (nonce, expires) = await challenges.IssueAsync(ct);
            return Results.Ok(new ChallengeResponse(Convert.ToBase64String(nonce), expires));
        });
        api.MapPost("/signin", async (HttpContext http, CardSignInRequest? request, CardSignIn signIn, CancellationToken ct) =>
        {
            var result = await signIn.SignInAsync(http, request ?? new CardSignInRequest(null, null, null), ct);
            if (result.Error is { } error)
            {
                return Results.Problem(title: error.Message, statusCode: error is ChallengeNotUsable ? 409 : 400,
                    type: "https://tsunagu.example/problems/card/" + error.Code, extensions: new Dictionary<string, object?> { ["code"] = error.Code });
            }
            var o = result.Value!;
            return Results.Ok(new SignInResponse(o.AccountId, o.Created, o.LinkedResidentId is not null, "card-login"));
        });
    }
}
