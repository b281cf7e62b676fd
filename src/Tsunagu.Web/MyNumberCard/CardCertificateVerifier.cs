using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>Which of the card's two certificates a check expects.</summary>
public enum CardPurpose
{
    /// <summary>署名用電子証明書: signs applications; holds 基本4情報.</summary>
    Signature,

    /// <summary>利用者証明用電子証明書: signs sign-in challenges; holds no personal data.</summary>
    Authentication,
}

/// <summary>A certificate that passed every check.</summary>
public sealed record VerifiedCertificate(X509Certificate2 Certificate, CardPurpose Purpose, string Issuer, string Serial);

/// <summary>
/// Path validation to the configured trust anchors only (no system roots, no downloads), validity at the clock's time,
/// key usage, purpose by certificate policy, and revocation from the CRL folder.
/// </summary>
public sealed class CardCertificateVerifier(CardOptions options, CrlStore crls, TimeProvider clock)
{
    public static string PurposeName(CardPurpose p) => p == CardPurpose.Signature ? "署名用電子証明書" : "利用者証明用電子証明書";

    /// <summary>Parses base64 DER and verifies it; malformed input is refused like any other bad certificate.</summary>
    public CardResult<VerifiedCertificate> Verify(string? base64Der, CardPurpose purpose) =>
        Parse(base64Der) is { } cert ? Verify(cert, purpose) : new CertificateMalformed();

    public static X509Certificate2? Parse(string? base64Der)
    {
        if (base64Der is not { Length: > 0 and <= 16_000 })
        {
            return null;
        }
        try
        {
            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64Der));
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    public CardResult<VerifiedCertificate> Verify(X509Certificate2 certificate, CardPurpose purpose) =>
        Verify(certificate, purpose, clock.GetUtcNow());

    /// <summary>Verifies as of <paramref name="now"/>: the present on receipt, the signing time when re-verifying later.</summary>
    public CardResult<VerifiedCertificate> Verify(X509Certificate2 certificate, CardPurpose purpose, DateTimeOffset now)
    {
        if (now.UtcDateTime < certificate.NotBefore.ToUniversalTime())
        {
            return new CertificateNotYetValid();
        }
        if (now.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            return new CertificateExpired();
        }
        if (certificate.GetRSAPublicKey() is not { } key)
        {
            return new CertificateMalformed();
        }
        key.Dispose();
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(LoadAnchors());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        if (!chain.Build(certificate) || chain.ChainElements.Count < 2)
        {
            var statuses = chain.ChainStatus.Select(s => s.Status).ToList();
            return statuses.Contains(X509ChainStatusFlags.NotTimeValid) && chain.ChainElements.Count >= 2
                ? new CertificateExpired()
                : new CertificateUnknownAuthority();
        }
        if (PurposeError(certificate, purpose) is { } wrong)
        {
            return wrong;
        }
        var issuer = chain.ChainElements[1].Certificate;
        switch (crls.Check(certificate, issuer, now))
        {
            case CrlStore.Status.Revoked:
                return new CertificateRevoked();
            case CrlStore.Status.NoCrl or CrlStore.Status.Stale when options.FailClosedWithoutCrl:
                return new RevocationUnknown();
            default:
                return new VerifiedCertificate(certificate, purpose, certificate.Issuer, CrlStore.Normalise(certificate.SerialNumber));
        }
    }

    private WrongPurpose? PurposeError(X509Certificate2 certificate, CardPurpose purpose)
    {
        var policies = CardProfile.ReadPolicies(certificate);
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages ?? X509KeyUsageFlags.None;
        var ok = purpose == CardPurpose.Signature
            ? policies.Contains(options.SignaturePolicyOid) && usage.HasFlag(X509KeyUsageFlags.NonRepudiation)
            : policies.Contains(options.AuthenticationPolicyOid) && usage.HasFlag(X509KeyUsageFlags.DigitalSignature);
        return ok ? null : new WrongPurpose(PurposeName(purpose));
    }

    /// <summary>The CA certificates in the trust-anchor folder (unreadable files are skipped).</summary>
    public X509Certificate2Collection LoadAnchors()
    {
        var anchors = new X509Certificate2Collection();
        if (!Directory.Exists(options.TrustAnchorDirectory))
        {
            return anchors;
        }
        foreach (var file in Directory.EnumerateFiles(options.TrustAnchorDirectory))
        {
            if (Path.GetExtension(file).ToLowerInvariant() is not (".cer" or ".crt" or ".pem" or ".der"))
            {
                continue;
            }
            try
            {
                anchors.Add(X509CertificateLoader.LoadCertificateFromFile(file));
            }
            catch (CryptographicException)
            {
                // A broken file in the folder must not stop the other anchors from working.
            }
        }
        return anchors;
    }
}
