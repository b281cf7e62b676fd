using System.Security.Cryptography;
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
}
