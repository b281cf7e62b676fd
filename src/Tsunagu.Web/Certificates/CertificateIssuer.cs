using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Files;
using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates;

/// <summary>Who issues: a member of staff, a kiosk terminal or the resident online, as the ledger names them.</summary>
public sealed record Issuer(IssueChannel Channel, string Id, string Name);

/// <summary>An issued certificate: its ledger line and the PDF.</summary>
public sealed record IssuedCertificate(Issuance Ledger, byte[] Pdf);

/// <summary>
/// Issues certificates for every channel: reads the registry through the kind, renders the PDF, keeps it, and writes the
/// ledger line, then the audit entry. The same idempotency key returns the certificate already issued.
/// </summary>
public sealed class CertificateIssuer(
    IEnumerable<ICertificateKind> kinds, TsunaguDb db, FileStore files, AuditLog audit, MailLinks links, TimeProvider clock)
{
    public const int MaxCopies = 10;
    private static readonly string[] s_pdf = ["pdf"];

    public ICertificateKind? Kind(string? id) => kinds.FirstOrDefault(k => k.Id == id);

    public IReadOnlyList<ICertificateKind> Kinds => [.. kinds];

    public async Task<(IssuedCertificate? Issued, CertificateRefusal? Refusal)> IssueAsync(
        string kindId, ResidentId subject, CertificateOptions options, int copies, Issuer issuer, string idempotencyKey, CancellationToken ct)
    {
        if (await db.Set<Issuance>().AsNoTracking().FirstOrDefaultAsync(i => i.IdempotencyKey == idempotencyKey, ct) is { } earlier)
        {
            return (new IssuedCertificate(earlier, await ReadPdfAsync(earlier, ct)), null);
        }
        if (Kind(kindId) is not { } kind)
        {
            return (null, new CertificateRefusal("unknown-kind", "この証明書は発行できません。"));
        }
        if (copies is < 1 or > MaxCopies)
        {
            return (null, new CertificateRefusal("copies", $"通数は1から{MaxCopies}までで指定してください。"));
        }
        var (content, refusal) = await kind.PrepareAsync(new CertificateRequest(subject, options, kind.Name), ct);
        if (refusal is not null)
        {
            await audit.RecordAsync("certificate.refused", "resident", subject.Value.ToString(), $"{kind.Name}: {refusal.Code} ({issuer.Channel})", ct);
            return (null, refusal);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var serial = NewSerial(now);
        var code = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var pdf = CertificateDocument.Render(content!, new CertificateStamp(serial, code, now, ChannelName(issuer.Channel), VerifyUrl(serial), copies));
        var (stored, _) = await files.SaveAsync(new MemoryStream(pdf), serial + ".pdf", s_pdf, ct);
        var ledger = new Issuance
        {
            Id = Guid.CreateVersion7(),
            Serial = serial,
            Kind = kind.Id,
            KindName = kind.Name,
            Copies = copies,
            Fee = kind.Fee * copies,
            Channel = issuer.Channel,
            SubjectResidentId = subject.Value,
            IssuedById = issuer.Id,
            IssuedByName = issuer.Name,
            IssuedAt = now,
            PdfSha256 = stored?.Sha256 ?? throw new InvalidOperationException("the certificate PDF could not be stored"),
            VerificationCodeHash = HashCode(code),
            IdempotencyKey = idempotencyKey,
        };
        // One insert, so one implicit transaction; the audit chain appends in its own (it serialises the hash chain).
        db.Set<Issuance>().Add(ledger);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("certificate.issue", "resident", subject.Value.ToString(), $"{kind.Name} {serial} ({ChannelName(issuer.Channel)})", ct);
        return (new IssuedCertificate(ledger, pdf), null);
    }

    public async Task<byte[]> ReadPdfAsync(Issuance ledger, CancellationToken ct) =>
        await files.ReadAllAsync(ledger.PdfSha256, ct) ?? throw new InvalidOperationException($"certificate {ledger.Serial} PDF is missing");

    public string VerifyUrl(string serial) => links.To($"/certificates/verify?serial={Uri.EscapeDataString(serial)}");

    public static string HashCode(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));

    public static string ChannelName(IssueChannel channel) => channel switch
    {
        IssueChannel.Counter => "九重町役場 窓口",
        IssueChannel.Online => "オンライン",
        _ => "コンビニ交付",
    };

    // 証明書番号: the issue date and eight letters from an alphabet without look-alikes (0/O, 1/I/L), e.g. 20261124-7KQ2M9XD.
    private static string NewSerial(DateTime utc)
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        var letters = new char[8];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
        return $"{Platform.Time.JapanTime.ToJapan(utc):yyyyMMdd}-{new string(letters)}";
    }
}
