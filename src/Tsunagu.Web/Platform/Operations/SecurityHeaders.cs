using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Tsunagu.Web.Platform.Operations;

/// <summary>
/// Origins added to the Content-Security-Policy, from <c>Tsunagu:ContentSecurity</c> or by a module through
/// <c>services.Configure&lt;ContentSecurityOptions&gt;</c> (a payment provider's card-token script).
/// </summary>
public sealed class ContentSecurityOptions
{
    public const string Section = "Tsunagu:ContentSecurity";

    public List<string> ScriptSources { get; } = [];
    public List<string> ConnectSources { get; } = [];
}

/// <summary>The web baseline of SECURITY.md: no inline scripts, no framing, no referrer leaks.</summary>
internal static partial class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetService<IOptions<ContentSecurityOptions>>()?.Value ?? new ContentSecurityOptions();
        var csp =
            $"default-src 'self'; script-src 'self'{Origins(options.ScriptSources)}; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            $"connect-src 'self'{Origins(options.ConnectSources)}; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
            await next();
        });
    }

    // Only plain https origins: a keyword such as 'unsafe-inline' in a setting must never widen the policy.
    private static string Origins(IEnumerable<string> sources) =>
        string.Concat(sources.Where(s => HttpsOrigin().IsMatch(s)).Distinct(StringComparer.OrdinalIgnoreCase).Select(s => " " + s));

    [GeneratedRegex(@"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")]
    private static partial Regex HttpsOrigin();
}
