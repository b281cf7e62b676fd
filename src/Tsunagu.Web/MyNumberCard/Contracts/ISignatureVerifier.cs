namespace Tsunagu.Web.MyNumberCard.Contracts;

/// <summary>
/// Who signed, as the 署名用電子証明書 says: 基本4情報 (sex as the ISO 5218 code the card carries: 1 male, 2 female,
/// 9 not applicable), the certificate's serial (hex, as openssl prints it), issuer, validity and the signing time.
/// </summary>
public sealed record SignerDetails(
    string Name,
    string Address,
    DateOnly BirthDate,
    string Sex,
    string CertificateSerial,
    string Issuer,
    DateTime NotBefore,
    DateTime NotAfter,
    DateTime? SignedAt);

/// <summary>The outcome of checking a signature: the signer when valid, else a code and a message for people.</summary>
public sealed record SignatureCheck(SignerDetails? Signer, string? ProblemCode, string? Problem)
{
    public bool IsValid => Signer is not null && Problem is null;
}

/// <summary>
/// Verifies a CMS/PKCS#7 detached signature (DER) made with a My Number card's 署名用 key over <c>content</c>: the
/// signature itself, SHA-256 digest, and the certificate (chain to the trust anchors, validity, key usage, policy and
/// revocation) at <c>at</c> — now on receipt, the signing time when staff re-verify later.
/// </summary>
public interface ISignatureVerifier
{
    SignatureCheck Verify(byte[] content, byte[] cms, DateTimeOffset? at = null);
}

/// <summary>
/// Development and test only: signs as the smartphone JPKI app would, with a software test card file (.p12) and its
/// PIN. <see cref="IsAvailable"/> is false wherever the test CA is not allowed.
/// </summary>
public interface ISoftwareCardSigner
{
    bool IsAvailable { get; }

    /// <summary>The detached CMS signature, or a message when the file or PIN is wrong.</summary>
    (byte[]? Cms, string? Problem) Sign(byte[] cardFile, string pin, byte[] content);
}
