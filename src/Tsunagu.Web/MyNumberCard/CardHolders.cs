using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// Which registry person a card's 利用者証明用 certificate belongs to, as recorded when the town handed the card over.
/// That certificate carries no name, so a terminal can only know the holder through this record (J-LIS keeps the same
/// mapping for real cards) or through an online account the holder linked by signing in with the card.
/// </summary>
public sealed class CardHolder
{
    public Guid Id { get; set; }
    public string Issuer { get; set; } = "";
    public string Serial { get; set; } = "";
    public Guid ResidentId { get; set; }
    public DateTime IssuedAt { get; set; }
}

internal sealed class CardHolderConfiguration : IEntityTypeConfiguration<CardHolder>
{
    public void Configure(EntityTypeBuilder<CardHolder> e)
    {
        e.ToTable("card_holders");
        e.HasKey(h => h.Id);
        e.Property(h => h.Issuer).HasMaxLength(400);
        e.Property(h => h.Serial).HasMaxLength(64);
        e.HasIndex(h => new { h.Issuer, h.Serial }).IsUnique();
    }
}

internal sealed class CardAuthenticator(TsunaguDb db, CardCertificateVerifier verifier) : ICardAuthentication
{
    public async Task<CardAuthentication> AuthenticateAsync(byte[] certificateDer, byte[] challenge, byte[] signature, CancellationToken ct = default)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(certificateDer);
        }
        catch (CryptographicException)
        {
            var malformed = new CertificateMalformed();
            return new CardAuthentication(null, "-", malformed.Code, malformed.Message);
        }
        using (certificate)
        {
            var serial = CrlStore.Normalise(certificate.SerialNumber);
            var verified = verifier.Verify(certificate, CardPurpose.Authentication);
            if (verified.Error is { } error)
            {
                return new CardAuthentication(null, serial, error.Code, error.Message);
            }
            if (!CardSignIn.SignatureMatches(certificate, challenge, signature))
            {
                var invalid = new SignatureInvalid();
                return new CardAuthentication(null, serial, invalid.Code, invalid.Message);
            }
            var issuer = verified.Value!.Issuer;
            var holder = await db.Set<CardHolder>().Where(h => h.Issuer == issuer && h.Serial == serial).Select(h => (Guid?)h.ResidentId).FirstOrDefaultAsync(ct)
                ?? await db.Set<CardBinding>().Where(b => b.Issuer == issuer && b.Serial == serial)
                    .Join(db.Set<Platform.ResidentIdentity.ResidentAccount>(), b => b.AccountId, a => a.Id, (b, a) => a.LinkedResidentId).FirstOrDefaultAsync(ct);
            return new CardAuthentication(holder is { } id ? new ResidentId(id) : null, serial, null, null);
        }
    }
}
