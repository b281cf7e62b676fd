using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.MyNumberCard.Contracts;

/// <summary>
/// The outcome of checking a 利用者証明用 certificate and its signature over a challenge: the registry person the card was
/// issued to (null when the town has no record of it), or a problem code for the audit log and a message for people.
/// </summary>
public sealed record CardAuthentication(ResidentId? Resident, string CertificateSerial, string? ProblemCode, string? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>
/// Card authentication for channels that hold a card themselves (convenience-store terminals): the terminal's reader has
/// the card check its PIN and sign the challenge, and sends the certificate and signature here.
/// </summary>
public interface ICardAuthentication
{
    Task<CardAuthentication> AuthenticateAsync(byte[] certificateDer, byte[] challenge, byte[] signature, CancellationToken ct = default);
}

/// <summary>
/// Development and test only: software test cards as the kiosk simulator and the demo need them. <see cref="IsAvailable"/>
/// is false wherever the test CA is not allowed.
/// </summary>
public interface ITestCards
{
    bool IsAvailable { get; }

    /// <summary>Issues a card (.p12 protected by <paramref name="pin"/>) to a current resident and records it as theirs.</summary>
    Task<byte[]?> IssueAsync(ResidentId resident, string pin, CancellationToken ct = default);

    /// <summary>
    /// What a card reader does: the card checks the PIN, then signs <paramref name="challenge"/> with its 利用者証明用 key.
    /// Returns the certificate and signature (base64), or the card's refusal.
    /// </summary>
    (string? Certificate, string? Signature, string? Problem) Authenticate(byte[] cardFile, string pin, byte[] challenge);
}
