namespace Tsunagu.Web.Platform.Mail;

/// <summary>
/// Absolute links for e-mails, built from the configured <c>Tsunagu:PublicUrl</c>. Never from the request's Host
/// header: a forged header would otherwise put an attacker's site into a password-reset link.
/// </summary>
public sealed class MailLinks(Uri publicUrl)
{
    public const string ConfigKey = "Tsunagu:PublicUrl";

    /// <summary>Where Program.cs serves when nothing else is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public Uri PublicUrl { get; } = publicUrl;

    /// <summary>The absolute address of a local path such as <c>/account/verify?token=…</c>, under any path the site is served from.</summary>
    public string To(string pathAndQuery) => PublicUrl.AbsoluteUri.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');

    public static MailLinks FromConfiguration(IConfiguration configuration) =>
        new(new Uri(configuration[ConfigKey] is { Length: > 0 } url ? url : DefaultUrl));

    internal static string? FindProblem(IConfiguration configuration) =>
        configuration[ConfigKey] is { Length: > 0 } url
        && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? $"{ConfigKey} must be an absolute http or https address (was '{url}')."
            : null;
}
