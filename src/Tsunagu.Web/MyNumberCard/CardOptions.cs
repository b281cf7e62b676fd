using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>Settings under <c>MyNumberCard:</c>. Production points the folders at the J-LIS CA certificates and CRLs.</summary>
public sealed class CardOptions
{
    public const string Section = "MyNumberCard";

    /// <summary>Generate and trust the local test CA. Refused outside Development and Testing.</summary>
    public bool AllowTestCa { get; set; }

    /// <summary>CA certificates (DER or PEM, *.cer/*.crt/*.pem) that card certificates must chain to.</summary>
    public string TrustAnchorDirectory { get; set; } = "";

    /// <summary>CRL files (*.crl, DER or PEM) of those CAs, kept current by <see cref="CrlRefresher"/> from <see cref="CrlUrls"/>.</summary>
    public string CrlDirectory { get; set; } = "";

    /// <summary>Where the CAs publish their CRLs (J-LIS in production); each is fetched into <see cref="CrlDirectory"/>.</summary>
    public List<string> CrlUrls { get; set; } = [];

    /// <summary>How often the CRLs are fetched again.</summary>
    public int CrlRefreshMinutes { get; set; } = 60;

    /// <summary>Refuse a certificate when its CA has no CRL here or the CRL is past its next update.</summary>
    public bool FailClosedWithoutCrl { get; set; } = true;

    /// <summary>Certificate policy of the 署名用電子証明書. The default is this platform's test stand-in (see <see cref="CardProfile"/>).</summary>
    public string SignaturePolicyOid { get; set; } = CardProfile.TestSignaturePolicy;

    /// <summary>Certificate policy of the 利用者証明用電子証明書; the default is the test stand-in.</summary>
    public string AuthenticationPolicyOid { get; set; } = CardProfile.TestAuthenticationPolicy;

    public static CardOptions From(IConfiguration configuration, DataDirectory data)
    {
        var options = configuration.GetSection(Section).Get<CardOptions>() ?? new CardOptions();
        if (options.TrustAnchorDirectory.Length == 0)
        {
            options.TrustAnchorDirectory = data.Combine("pki", "anchors");
        }
        if (options.CrlDirectory.Length == 0)
        {
            options.CrlDirectory = data.Combine("pki", "crl");
        }
        return options;
    }

    /// <summary>Why these settings cannot run in this environment, or null.</summary>
    public static string? FindProblem(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue($"{Section}:AllowTestCa", false) && !environment.IsDevelopment() && !environment.IsEnvironment("Testing")
            ? $"MyNumberCard:AllowTestCa is only allowed in Development and Testing (this is {environment.EnvironmentName}): production trusts the J-LIS CA certificates only."
            : null;
}
