using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Certificates.Verification;

/// <summary>What the public verification page may say: the kind and issue facts, and whether an uploaded PDF matches.</summary>
public sealed record VerificationResult(bool Genuine, string? KindName, DateTime? IssuedAt, string? Channel, int? Copies, bool? PdfMatches, string Message);

/// <summary>
/// Anyone holding a certificate (an employer, a bank) checks it by the serial and the verification code printed on it.
/// Nothing personal is shown: a genuine certificate's kind, issue time and channel, and whether the PDF is unaltered.
/// </summary>
public sealed class CertificateVerification(TsunaguDb db, AuditLog audit)
{
    public async Task<VerificationResult> CheckAsync(string? serial, string? code, byte[]? pdf, CancellationToken ct)
    {
        serial = serial?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(serial) || string.IsNullOrWhiteSpace(code))
        {
            return new(false, null, null, null, null, null, "証明書番号と確認コードを入力してください。");
        }
        var issuance = await db.Set<Issuance>().AsNoTracking().FirstOrDefaultAsync(i => i.Serial == serial, ct);
        // One answer for an unknown serial and a wrong code, so the page cannot be used to find valid serials.
        if (issuance is null || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(issuance.VerificationCodeHash), System.Text.Encoding.ASCII.GetBytes(CertificateIssuer.HashCode(code))))
        {
            await audit.AppendAsync("public", "certificate.verify-failed", "certificate", serial.Length > 30 ? serial[..30] : serial, "番号またはコードの不一致", ct);
            return new(false, null, null, null, null, null, "この証明書番号と確認コードの組み合わせは、九重町の発行記録にありません。");
        }
        bool? matches = pdf is null ? null : Convert.ToHexStringLower(SHA256.HashData(pdf)) == issuance.PdfSha256;
        await audit.AppendAsync("public", "certificate.verify", "certificate", issuance.Serial, matches switch { true => "PDF一致", false => "PDF不一致", _ => "番号のみ" }, ct);
        var message = matches switch
        {
            false => "証明書番号と確認コードは正しいですが、送られたPDFは発行したものと一致しません。書き換えられている可能性があります。",
            true => "九重町が発行した証明書です。送られたPDFは発行したときのものと一致しました。",
            _ => "九重町が発行した証明書です。",
        };
        return new(matches != false, issuance.KindName, issuance.IssuedAt, CertificateIssuer.ChannelName(issuance.Channel), issuance.Copies, matches, message);
    }
}
