using System.Security.Cryptography;
using System.Text;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>The outcome of signing: the submitted application, or a message for the resident.</summary>
public sealed record SigningOutcome(Application? Application, string? Problem);

/// <summary>
/// Signs and submits a <c>card-signature</c> application: the resident signs the canonical bytes with the card's 署名用
/// key (the JPKI app, or the software test card in Development), the signature is verified, and both are stored with
/// the application in one transaction. Refusals are audited with the reason, never with the certificate's contents.
/// </summary>
public sealed class ApplicationSigning(ApplicationJourney journey, ISignatureVerifier verifier, ISoftwareCardSigner softwareCard, AuditLog audit, TimeProvider clock)
{
    public bool SoftwareCardAvailable => softwareCard.IsAvailable;

    public static byte[] SignedBytes(Draft draft, ProcedureDefinition procedure) =>
        CanonicalApplication.Serialize(procedure, draft.Id, ApplicationJourney.Submittable(procedure.Form!, FormAnswers.FromJson(draft.AnswersJson)));

    public static string Fingerprint(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public async Task<SigningOutcome> SignWithSoftwareCardAsync(Draft draft, ProcedureDefinition procedure, byte[] cardFile, string pin, CancellationToken ct)
    {
        var content = SignedBytes(draft, procedure);
        var (cms, problem) = softwareCard.Sign(cardFile, pin, content);
        return cms is null ? await RefuseAsync(draft, "card-file", problem!, ct) : await SubmitAsync(draft, procedure, content, cms, ct);
    }

    /// <summary>A signature made elsewhere (the JPKI app): DER, or the same in base64 / PEM text.</summary>
    public async Task<SigningOutcome> SubmitSignatureFileAsync(Draft draft, ProcedureDefinition procedure, byte[] file, CancellationToken ct) =>
        await SubmitAsync(draft, procedure, SignedBytes(draft, procedure), SignatureFiles.Decode(file), ct);

    private async Task<SigningOutcome> SubmitAsync(Draft draft, ProcedureDefinition procedure, byte[] content, byte[] cms, CancellationToken ct)
    {
        var check = verifier.Verify(content, cms);
        if (!check.IsValid)
        {
            return await RefuseAsync(draft, check.ProblemCode!, check.Problem!, ct);
        }
        var s = check.Signer!;
        var signature = new ApplicationSignature
        {
            CanonicalJson = Encoding.UTF8.GetString(content),
            Cms = cms,
            SignerName = s.Name,
            SignerAddress = s.Address,
            SignerBirthDate = s.BirthDate,
            SignerSex = s.Sex,
            CertificateSerial = s.CertificateSerial,
            Issuer = s.Issuer,
            NotBefore = s.NotBefore,
            NotAfter = s.NotAfter,
            SignedAt = s.SignedAt,
            VerifiedAt = clock.GetUtcNow().UtcDateTime,
        };
        var outcome = await journey.SubmitAsync(draft, procedure, ct, signature);
        return new SigningOutcome(outcome.Application, outcome.Problem);
    }

    private async Task<SigningOutcome> RefuseAsync(Draft draft, string code, string message, CancellationToken ct)
    {
        await audit.AppendAsync(draft.Owner, "application.signature-refused", "draft", draft.Id.ToString(), code, ct);
        return new SigningOutcome(null, message);
    }
}
