using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// The resident's e-signature on an application: the exact signed bytes, the CMS as received, and the signer as
/// verified on receipt. Never changed; staff re-verify it from the stored bytes.
/// </summary>
public sealed class ApplicationSignature
{
    public Guid ApplicationId { get; set; }
    public string CanonicalJson { get; set; } = "";
    public byte[] Cms { get; set; } = [];
    public string SignerName { get; set; } = "";
    public string SignerAddress { get; set; } = "";
    public DateOnly SignerBirthDate { get; set; }
    public string SignerSex { get; set; } = "";
    public string CertificateSerial { get; set; } = "";
    public string Issuer { get; set; } = "";
    public DateTime NotBefore { get; set; }
    public DateTime NotAfter { get; set; }
    public DateTime? SignedAt { get; set; }
    public DateTime VerifiedAt { get; set; }
}

internal sealed class ApplicationSignatureConfiguration : IEntityTypeConfiguration<ApplicationSignature>
{
    public void Configure(EntityTypeBuilder<ApplicationSignature> e)
    {
        e.ToTable("procedures_application_signatures");
        e.HasKey(s => s.ApplicationId);
        e.Property(s => s.SignerName).HasMaxLength(200);
        e.Property(s => s.SignerAddress).HasMaxLength(400);
        e.Property(s => s.SignerSex).HasMaxLength(4);
        e.Property(s => s.CertificateSerial).HasMaxLength(80);
        e.Property(s => s.Issuer).HasMaxLength(400);
    }
}
