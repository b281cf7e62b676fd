using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// Revocation from the CRL files in <see cref="CardOptions.CrlDirectory"/>, read on every check so a new file counts at
/// once. .NET's X509Chain offline revocation only reads its own per-user cache keyed by download URL, so the CRLs are
/// parsed here (RFC 5280 §5.1) and their signatures checked against the issuing CA.
/// </summary>
public sealed class CrlStore(CardOptions options)
{
    /// <summary>What a CA's current CRL says about a serial number.</summary>
    public enum Status
    {
        Good,
        Revoked,
        NoCrl,
        Stale,
    }

    public Status Check(X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset now)
    {
        var serial = Normalise(certificate.SerialNumber);
        Crl? newest = null;
        foreach (var crl in Load(issuer))
        {
            if (newest is null || crl.ThisUpdate > newest.ThisUpdate)
            {
                newest = crl;
            }
        }
        if (newest is null)
        {
            return Status.NoCrl;
        }
        // A certificate revoked after the moment asked about was still good then: a signature made before a card was
        // lost stays valid when staff re-verify it as of its signing time.
        if (newest.Revoked.TryGetValue(serial, out var revokedAt) && revokedAt <= now)
        {
            return Status.Revoked;
        }
        return newest.NextUpdate is { } next && next < now ? Status.Stale : Status.Good;
    }

    /// <summary>How current the newest CRL of <paramref name="issuer"/> is: Good, Stale (past its next update) or NoCrl.</summary>
    public (Status Status, DateTimeOffset? NextUpdate) Freshness(X509Certificate2 issuer, DateTimeOffset now)
    {
        var newest = Load(issuer).MaxBy(c => c.ThisUpdate);
        return newest is null ? (Status.NoCrl, null)
            : newest.NextUpdate is { } next && next < now ? (Status.Stale, next) : (Status.Good, newest.NextUpdate);
    }

    /// <summary>Whether <paramref name="bytes"/> are a CRL signed by one of <paramref name="issuers"/>, so worth storing.</summary>
    public static bool IsCrlOf(byte[] bytes, IEnumerable<X509Certificate2> issuers) => issuers.Any(i => TryParse(bytes, i) is not null);

    private IEnumerable<Crl> Load(X509Certificate2 issuer)
    {
        if (!Directory.Exists(options.CrlDirectory))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(options.CrlDirectory, "*.crl"))
        {
            if (TryParse(File.ReadAllBytes(file), issuer) is { } crl)
            {
                yield return crl;
            }
        }
    }

    private sealed record Crl(DateTimeOffset ThisUpdate, DateTimeOffset? NextUpdate, Dictionary<string, DateTimeOffset> Revoked);

    /// <summary>The CRL when it is well formed, issued by <paramref name="issuer"/> and signed with its key (RSA, SHA-256); else null.</summary>
    private static Crl? TryParse(byte[] bytes, X509Certificate2 issuer)
    {
        try
        {
            if (bytes.Length > 0 && bytes[0] == (byte)'-')
            {
                var text = System.Text.Encoding.ASCII.GetString(bytes);
                bytes = Convert.FromBase64String(text[PemEncoding.Find(text).Base64Data]);
            }
            var outer = new AsnReader(bytes, AsnEncodingRules.DER).ReadSequence();
            var tbsBytes = outer.ReadEncodedValue();
            outer.ReadSequence();
            var signature = outer.ReadBitString(out _);
            using var key = issuer.GetRSAPublicKey();
            if (key is null || !key.VerifyData(tbsBytes.Span, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return null;
            }
            var tbs = new AsnReader(tbsBytes, AsnEncodingRules.DER).ReadSequence();
            if (tbs.PeekTag() == Asn1Tag.Integer)
            {
                tbs.ReadInteger();
            }
            tbs.ReadSequence();
            var issuerName = new X500DistinguishedName(tbs.ReadEncodedValue().Span);
            if (!issuerName.RawData.AsSpan().SequenceEqual(issuer.SubjectName.RawData))
            {
                return null;
            }
            var thisUpdate = ReadTime(tbs);
            DateTimeOffset? nextUpdate = tbs.HasData && IsTime(tbs.PeekTag()) ? ReadTime(tbs) : null;
            var revoked = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            if (tbs.HasData && tbs.PeekTag() == Asn1Tag.Sequence)
            {
                var entries = tbs.ReadSequence();
                while (entries.HasData)
                {
                    var entry = entries.ReadSequence();
                    var serial = Normalise(Convert.ToHexString(entry.ReadIntegerBytes().Span));
                    revoked[serial] = ReadTime(entry);
                }
            }
            return new Crl(thisUpdate, nextUpdate, revoked);
        }
        catch (Exception ex) when (ex is AsnContentException or CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static bool IsTime(Asn1Tag tag) => tag == Asn1Tag.UtcTime || tag == Asn1Tag.GeneralizedTime;

    private static DateTimeOffset ReadTime(AsnReader r) =>
        r.PeekTag() == Asn1Tag.UtcTime ? r.ReadUtcTime() : r.ReadGeneralizedTime();

    /// <summary>Upper-case hex without leading zero bytes, as openssl prints serials.</summary>
    public static string Normalise(string hex)
    {
        var h = hex.Replace(":", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        while (h.Length > 2 && h.StartsWith("00", StringComparison.Ordinal))
        {
            h = h[2..];
        }
        return h;
    }

    /// <summary>The serial as a positive integer, for CRL entries.</summary>
    public static BigInteger ToInteger(string hex) =>
        BigInteger.Parse("0" + Normalise(hex), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
