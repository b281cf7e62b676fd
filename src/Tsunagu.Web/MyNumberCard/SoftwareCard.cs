using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>A software test card file (.p12): what the smartphone JPKI app does with a real card, done in-process.</summary>
public static class SoftwareCard
{
    public const int MaxFileBytes = 64 * 1024;

    /// <summary>The card's two certificates with keys, told apart by policy; null for a wrong PIN or another file.</summary>
    public static CardKeys? Open(byte[] file, string pin, CardOptions options)
    {
        if (file.Length is 0 or > MaxFileBytes)
        {
            return null;
        }
        try
        {
            var certs = X509CertificateLoader.LoadPkcs12Collection(file, pin, X509KeyStorageFlags.EphemeralKeySet);
            var sign = certs.FirstOrDefault(c => c.HasPrivateKey && CardProfile.ReadPolicies(c).Contains(options.SignaturePolicyOid));
            var auth = certs.FirstOrDefault(c => c.HasPrivateKey && CardProfile.ReadPolicies(c).Contains(options.AuthenticationPolicyOid));
            return sign is null || auth is null ? null : new CardKeys(sign, auth);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The request the JPKI app would send for this nonce; <paramref name="link"/> adds the 署名用 signature.</summary>
    public static CardSignInRequest SignChallenge(CardKeys card, byte[] nonce, bool link)
    {
        using var authKey = card.Authentication.GetRSAPrivateKey()!;
        using var signKey = card.Signature.GetRSAPrivateKey()!;
        return new CardSignInRequest(Convert.ToBase64String(nonce), Convert.ToBase64String(card.Authentication.RawData),
            Convert.ToBase64String(authKey.SignData(nonce, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)),
            link ? Convert.ToBase64String(card.Signature.RawData) : null,
            link ? Convert.ToBase64String(signKey.SignData(nonce, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)) : null);
    }

    /// <summary>
    /// A CMS detached signature by the 署名用 key (SHA-256, RSA PKCS#1 v1.5, the certificate included, signing time
    /// as a signed attribute): the shape the JPKI app returns and <c>openssl cms -verify</c> reads.
    /// </summary>
    public static byte[] SignDetached(CardKeys card, byte[] content, DateTimeOffset now)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, card.Signature)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(now.UtcDateTime));
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(signer);
        return cms.Encode();
    }
}
