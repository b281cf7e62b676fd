using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>A refusal of a kiosk call: the HTTP status, a short title and what the terminal's screen shows.</summary>
public sealed record KioskProblem(int Status, string Title, string Detail);

/// <summary>What the terminal may offer after the card was read: kinds, fees, and the household for 住民票.</summary>
public sealed record KioskMenu(IReadOnlyList<string> Available, object Screen);

/// <summary>The kiosk use cases: open a session, authenticate the card holder, issue what they choose.</summary>
public sealed class KioskDesk(TsunaguDb db, ICardAuthentication cards, IRegistryExtracts registry, CertificateIssuer issuer, TimeProvider clock)
{
    public const string Purpose = "コンビニ交付";
    public static readonly TimeSpan SessionLife = TimeSpan.FromMinutes(5);

    public async Task<KioskSession> OpenAsync(KioskTerminal terminal, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new KioskSession
        {
            Id = Guid.NewGuid(),
            TerminalId = terminal.Id,
            Challenge = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = now,
            ExpiresAt = now + SessionLife,
        };
        db.Set<KioskSession>().Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task<(KioskMenu? Menu, KioskProblem? Problem)> AuthenticateAsync(KioskTerminal terminal, Guid id, string? certificate, string? signature, CancellationToken ct)
    {
        var (session, problem) = await LiveSessionAsync(terminal, id, ct);
        if (session is null)
        {
            return (null, problem);
        }
        if (session.ChallengeSpentAt is not null)
        {
            return (null, new KioskProblem(409, "challenge-used", "この確認用の文字列は既に使われています。最初からやり直してください。"));
        }
        // Spent by the first attempt, good or bad: a signature cannot be tried twice against the same challenge.
        session.ChallengeSpentAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (Decode(certificate) is not { } der || Decode(signature) is not { } signed)
        {
            return (null, new KioskProblem(400, "malformed", "証明書または署名の形式が正しくありません。"));
        }
        var checkedCard = await cards.AuthenticateAsync(der, Convert.FromBase64String(session.Challenge), signed, ct);
        session.CardSerial = checkedCard.CertificateSerial;
        if (!checkedCard.IsValid)
        {
            await db.SaveChangesAsync(ct);
            return (null, new KioskProblem(403, checkedCard.ProblemCode!, checkedCard.Problem!));
        }
        if (checkedCard.Resident is not { } resident)
        {
            await db.SaveChangesAsync(ct);
            return (null, new KioskProblem(403, "not-registered", "このカードでは九重町の証明書を発行できません。住民登録のある市区町村でご利用ください。"));
        }
        var found = await registry.PersonAndHouseholdAsync(resident, Purpose, ct);
        if (found is not { } f || CertificateRefusals.NotResident(f.Person) is not null)
        {
            await db.SaveChangesAsync(ct);
            return (null, new KioskProblem(403, "not-resident", "九重町に住民登録がないため、証明書を発行できません。"));
        }
        session.ResidentId = resident.Value;
        await db.SaveChangesAsync(ct);
        var kinds = issuer.Kinds.Where(k => k.AtKiosk).ToList();
        return (new KioskMenu([.. kinds.Select(k => k.Id)], new
        {
            greeting = $"{f.Person.FullName} 様",
            kinds = kinds.Select(k => new { id = k.Id, name = k.Name, fee = k.Fee }),
            household = f.Household.Members.Select(m => new { id = m.Id.Value, name = m.FullName, relationship = m.Relationship }),
            expiresAt = session.ExpiresAt,
        }), null);
    }

    public async Task<(IssuedCertificate? Issued, KioskProblem? Problem)> IssueAsync(KioskTerminal terminal, Guid id, string? kind, int copies, CertificateOptions options, CancellationToken ct)
    {
        var (session, problem) = await LiveSessionAsync(terminal, id, ct);
        if (session is null)
        {
            return (null, problem);
        }
        if (session.ResidentId is not { } resident)
        {
            return (null, new KioskProblem(409, "not-authenticated", "先にマイナンバーカードで本人確認をしてください。"));
        }
        if (issuer.Kind(kind) is not { AtKiosk: true } k)
        {
            return (null, new KioskProblem(400, "unknown-kind", "この証明書はコンビニでは発行できません。"));
        }
        // A terminal that resends the same request (a lost response) gets the same certificate, never a second fee.
        var request = System.Text.Encoding.UTF8.GetBytes($"{k.Id}:{copies}:{System.Text.Json.JsonSerializer.Serialize(options)}");
        var key = $"kiosk:{session.Id}:{Convert.ToHexStringLower(SHA256.HashData(request))[..32]}";
        var (issued, refusal) = await issuer.IssueAsync(k.Id, new ResidentId(resident), options, copies,
            new Issuer(IssueChannel.Kiosk, terminal.Id.ToString(), terminal.Name), key, ct);
        return refusal is null ? (issued, null) : (null, new KioskProblem(422, refusal.Code, refusal.Message));
    }

    private async Task<(KioskSession? Session, KioskProblem? Problem)> LiveSessionAsync(KioskTerminal terminal, Guid id, CancellationToken ct)
    {
        var session = await db.Set<KioskSession>().FirstOrDefaultAsync(s => s.Id == id && s.TerminalId == terminal.Id, ct);
        if (session is null)
        {
            return (null, new KioskProblem(404, "unknown-session", "この受付は見つかりません。最初からやり直してください。"));
        }
        return session.ExpiresAt <= clock.GetUtcNow().UtcDateTime
            ? (null, new KioskProblem(410, "session-expired", "時間切れ（5分）になりました。最初からやり直してください。"))
            : (session, null);
    }

    private static byte[]? Decode(string? base64)
    {
        try
        {
            return base64 is { Length: > 0 and < 20000 } ? Convert.FromBase64String(base64) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
