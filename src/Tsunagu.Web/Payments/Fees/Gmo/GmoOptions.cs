namespace Tsunagu.Web.Payments.Fees.Gmo;

/// <summary>
/// <c>Payments:Gmo</c>: the town's GMO Payment Gateway shop. <see cref="ShopPass"/> is a secret: it comes from the
/// environment (<c>Payments__Gmo__ShopPass</c>) or user-secrets, never from an appsettings file in the repository.
/// </summary>
public sealed class GmoOptions
{
    public const string Section = "Payments:Gmo";

    /// <summary>The idPass root, e.g. https://pt01.mul-pay.jp/payment/ (test) or https://p01.mul-pay.jp/payment/ (production).</summary>
    public string? BaseUrl { get; set; }

    public string? ShopId { get; set; }
    public string? ShopPass { get; set; }

    /// <summary>GMO's card-token script for the shop's environment (the contract's technical documents name it).</summary>
    public string? TokenScriptUrl { get; set; }

    /// <summary>How long one request may take before it counts as timed out (the charge is then checked with SearchTrade).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public static GmoOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<GmoOptions>() ?? new GmoOptions();

    /// <summary>One line naming the first missing or wrong setting, or null.</summary>
    public string? FindProblem()
    {
        if (!IsHttps(BaseUrl))
        {
            return $"{Section}:BaseUrl must be the gateway's https address (was '{BaseUrl}').";
        }
        if (string.IsNullOrWhiteSpace(ShopId))
        {
            return $"{Section}:ShopId is empty.";
        }
        if (string.IsNullOrWhiteSpace(ShopPass))
        {
            return $"{Section}:ShopPass is empty: set it in the environment (Payments__Gmo__ShopPass) or user-secrets, never in appsettings.";
        }
        if (!IsHttps(TokenScriptUrl))
        {
            return $"{Section}:TokenScriptUrl must be the https address of GMO's token script (was '{TokenScriptUrl}').";
        }
        return TimeoutSeconds is < 1 or > 120 ? $"{Section}:TimeoutSeconds must be from 1 to 120 (was {TimeoutSeconds})." : null;
    }

    /// <summary>The origin the Content-Security-Policy must allow for the token script.</summary>
    public string TokenScriptOrigin => new Uri(TokenScriptUrl!).GetLeftPart(UriPartial.Authority);

    private static bool IsHttps(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
