using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// What the client (the JPKI app, or the Development test-card page) sends: the nonce, the 利用者証明用 certificate and its
/// signature, and optionally the 署名用 certificate and its signature over the same nonce to link the registry person.
/// All binary values are base64 (certificates DER; signatures RSA-SHA256 PKCS#1 v1.5).
/// </summary>
public sealed record CardSignInRequest(string? Challenge, string? Certificate, string? Signature,
    string? SignatureCertificate = null, string? SignatureBySigningKey = null);

public sealed record CardSignInOutcome(Guid AccountId, bool Created, Guid? LinkedResidentId);

/// <summary>card-login: checks the nonce, both signatures and certificates, then binds and signs the resident in.</summary>
public sealed class CardSignIn(TsunaguDb db, CardChallenges challenges, CardCertificateVerifier verifier,
    IResidentDirectory directory, AuditLog audit, TimeProvider clock)
{
    public const string Purpose = "マイナンバーカードによる本人確認(利用者と住民記録の紐付け)";

    public async Task<CardResult<CardSignInOutcome>> SignInAsync(HttpContext http, CardSignInRequest request, CancellationToken ct = default)
    {
        var authCert = CardCertificateVerifier.Parse(request.Certificate);
        var serial = authCert is null ? "-" : CrlStore.Normalise(authCert.SerialNumber);
        var result = await CheckAsync(request, authCert, ct);
        if (result.Error is { } error)
        {
            await audit.AppendAsync("card:" + serial, "card.sign-in-refused", "card-certificate", serial, error.Code, ct);
            return error;
        }
        var (auth, holder) = result.Value;
        var outcome = await BindAsync(auth, holder, ct);
        var account = await db.Set<ResidentAccount>().SingleAsync(a => a.Id == outcome.AccountId, ct);
        await audit.AppendAsync("resident:" + account.Id, outcome.Created ? "card.sign-in-new" : "card.sign-in", "resident-account",
            account.Id.ToString(), outcome.LinkedResidentId is null ? "card-login" : "card-login linked", ct);
        await ResidentSession.SignInAsync(http, account, AssuranceLevel.CardLogin);
        return outcome;
    }

    private async Task<CardResult<(VerifiedCertificate, BasicFourInfo?)>> CheckAsync(CardSignInRequest request, X509Certificate2? authCert, CancellationToken ct)
    {
        if (Decode(request.Challenge) is not { Length: 32 } nonce || authCert is null || Decode(request.Signature) is not { } signature)
        {
            return new CertificateMalformed();
        }
        if (!await challenges.ConsumeAsync(nonce, ct))
        {
            return new ChallengeNotUsable();
        }
        var auth = verifier.Verify(authCert, CardPurpose.Authentication);
        if (auth.Error is { } authError)
        {
            return authError;
        }
        if (!SignatureMatches(authCert, nonce, signature))
        {
            return new SignatureInvalid();
        }
        if (request.SignatureCertificate is null)
        {
            return (auth.Value!, null);
        }
        var sign = verifier.Verify(request.SignatureCertificate, CardPurpose.Signature);
        if (sign.Error is { } signError)
        {
            return signError;
        }
        if (Decode(request.SignatureBySigningKey) is not { } signed || !SignatureMatches(sign.Value!.Certificate, nonce, signed))
        {
            return new SignatureInvalid();
        }
        return CardProfile.ReadBasicFourInfo(sign.Value.Certificate) is { } holder
            ? (auth.Value!, holder)
            : new CertificateMalformed();
    }

    private Task<CardSignInOutcome> BindAsync(VerifiedCertificate auth, BasicFourInfo? holder, CancellationToken ct) =>
        BindAccountAsync(auth.Issuer, auth.Serial, holder, ct);

    /// <summary>
    /// Finds or creates the account bound to (issuer, subject) — a card certificate's serial, or the デジタル認証アプリ's
    /// <c>sub</c> — and links it to the registry person whose 基本4情報 match exactly.
    /// </summary>
    public async Task<CardSignInOutcome> BindAccountAsync(string issuer, string subject, BasicFourInfo? holder, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var person = holder is null ? null : await MatchAsync(holder, ct);
        var binding = await db.Set<CardBinding>().SingleOrDefaultAsync(b => b.Issuer == issuer && b.Serial == subject, ct);
        ResidentAccount? account = null;
        if (binding is not null)
        {
            account = await db.Set<ResidentAccount>().SingleAsync(a => a.Id == binding.AccountId, ct);
        }
        else if (person is { } p)
        {
            // A renewed card (new serial) of an already linked person reaches the same account.
            account = await db.Set<ResidentAccount>().FirstOrDefaultAsync(a => a.LinkedResidentId == p.Value, ct);
        }
        var created = account is null;
        if (account is null)
        {
            var id = Guid.NewGuid();
            // The account needs a unique address; .invalid (RFC 2606) can never receive mail, and no password is set.
            account = new ResidentAccount { Id = id, Email = $"card-{id:N}@card.invalid", CreatedAt = now };
            db.Set<ResidentAccount>().Add(account);
        }
        if (binding is null)
        {
            db.Set<CardBinding>().Add(new CardBinding { Id = Guid.NewGuid(), Issuer = issuer, Serial = subject, AccountId = account.Id, CreatedAt = now });
        }
        if (person is { } linked && account.LinkedResidentId is null)
        {
            account.LinkedResidentId = linked.Value;
        }
        await db.SaveChangesAsync(ct);
        return new CardSignInOutcome(account.Id, created, account.LinkedResidentId);
    }

    private async Task<ResidentId?> MatchAsync(BasicFourInfo holder, CancellationToken ct)
    {
        var sex = CardSex.Name(holder.Sex) ?? "";
        var found = await directory.MatchBasicInfoAsync(holder.Name, holder.Address, holder.BirthDate, sex, Purpose, ct);
        // Two people with the same four facts cannot be told apart: link neither.
        return found.Count == 1 ? found[0].Id : null;
    }

    public static bool SignatureMatches(X509Certificate2 certificate, byte[] data, byte[] signature)
    {
        using var key = certificate.GetRSAPublicKey();
        return key is not null && key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static byte[]? Decode(string? base64)
    {
        if (base64 is not { Length: > 0 and <= 4096 })
        {
            return null;
        }
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var n) ? buffer[..n] : null;
    }
}
