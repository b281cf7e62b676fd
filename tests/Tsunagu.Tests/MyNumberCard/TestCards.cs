using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Web.MyNumberCard;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>Certificates built in the test, outside the town's test CA.</summary>
internal static class TestCards
{
    /// <summary>A card whose profile is right but whose CA nobody trusts.</summary>
    public static CardKeys FromOwnCa(CardOptions options, DateTimeOffset now)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Stranger CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        return new CardKeys(Leaf(ca, options.SignaturePolicyOid, X509KeyUsageFlags.NonRepudiation, now),
            Leaf(ca, options.AuthenticationPolicyOid, X509KeyUsageFlags.DigitalSignature, now));
    }

    private static X509Certificate2 Leaf(X509Certificate2 ca, string policy, X509KeyUsageFlags usage, DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Stranger Card", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        request.CertificateExtensions.Add(CardProfile.EncodePolicy(policy));
        using var cert = request.Create(ca, now.AddHours(-1), now.AddMonths(6), RandomNumberGenerator.GetBytes(12));
        return cert.CopyWithPrivateKey(key);
    }
}
