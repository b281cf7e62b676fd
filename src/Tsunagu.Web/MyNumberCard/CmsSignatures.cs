using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Tsunagu.Web.MyNumberCard.Contracts;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>CMS detached signatures as JPKI makes them: one signer, SHA-256, the 署名用 certificate included.</summary>
public sealed class CmsSignatures(CardCertificateVerifier certificates, CardOptions options, TimeProvider clock) : ISignatureVerifier, ISoftwareCardSigner
{
    public const int MaxCmsBytes = 64 * 1024;
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    public bool IsAvailable => options.AllowTestCa;

    public SignatureCheck Verify(byte[] content, byte[] cms, DateTimeOffset? at = null)
    {
        if (cms.Length is 0 or > MaxCmsBytes)
        {
            return Refused(new CertificateMalformed());
        }
        var signed = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            signed.Decode(cms);
        }
        catch (CryptographicException)
        {
            return Refused(new CertificateMalformed());
        }
        if (signed.SignerInfos.Count != 1 || signed.SignerInfos[0] is not { Certificate: { } certificate } signer)
        {
            return Refused(new CertificateMalformed());
        }
        if (signer.DigestAlgorithm.Value != Sha256Oid)
        {
            return Refused(new SignatureInvalid());
        }
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return Refused(new SignatureInvalid());
        }
        var signedAt = SigningTime(signer);
        var checkedCertificate = certificates.Verify(certificate, CardPurpose.Signature, at ?? clock.GetUtcNow());
        if (!checkedCertificate.Succeeded)
        {
            return Refused(checkedCertificate.Error!);
        }
        if (CardProfile.ReadBasicFourInfo(certificate) is not { } info)
        {
            return Refused(new CertificateMalformed());
        }
        return new SignatureCheck(new SignerDetails(info.Name, info.Address, info.BirthDate, info.Sex, checkedCertificate.Value!.Serial,
            certificate.Issuer, certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime(), signedAt), null, null);
    }

    public (byte[]? Cms, string? Problem) Sign(byte[] cardFile, string pin, byte[] content)
    {
        if (!IsAvailable)
        {
            return (null, "この環境では試験用カードは使えません。");
        }
        if (SoftwareCard.Open(cardFile, pin, options) is not { } card)
        {
            return (null, new CardFileNotReadable().Message);
        }
        using (card)
        {
            return (SoftwareCard.SignDetached(card, content, clock.GetUtcNow()), null);
        }
    }

    private static DateTime? SigningTime(SignerInfo signer) =>
        signer.SignedAttributes.Cast<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.Cast<AsnEncodedData>())
            .OfType<Pkcs9SigningTime>().Select(t => (DateTime?)t.SigningTime.ToUniversalTime()).FirstOrDefault();

    private static SignatureCheck Refused(CardError error) => new(null, error.Code, error.Message);
}
