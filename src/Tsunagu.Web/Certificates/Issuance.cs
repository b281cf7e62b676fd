using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Certificates;

public enum IssueChannel
{
    Counter,
    Online,
    Kiosk,
}

/// <summary>One line of the issuance ledger (交付簿). Holds no personal data beyond the registry id of the subject.</summary>
public sealed class Issuance
{
    public Guid Id { get; set; }

    /// <summary>証明書番号 printed on every page and asked for on the verification page.</summary>
    public string Serial { get; set; } = "";

    public string Kind { get; set; } = "";
    public string KindName { get; set; } = "";
    public int Copies { get; set; }

    /// <summary>Total fee in yen (per-copy fee × copies).</summary>
    public int Fee { get; set; }

    public IssueChannel Channel { get; set; }
    public Guid SubjectResidentId { get; set; }

    /// <summary>Staff id, terminal id or resident account id, and a name for the ledger.</summary>
    public string IssuedById { get; set; } = "";
    public string IssuedByName { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    /// <summary>SHA-256 of the PDF as issued; the file itself is kept in the file store under this hash.</summary>
    public string PdfSha256 { get; set; } = "";

    /// <summary>SHA-256 of the printed 確認コード; the code itself is not kept.</summary>
    public string VerificationCodeHash { get; set; } = "";

    public string IdempotencyKey { get; set; } = "";
}

internal sealed class IssuanceConfiguration : IEntityTypeConfiguration<Issuance>
{
    public void Configure(EntityTypeBuilder<Issuance> e)
    {
        e.ToTable("certificates_issuances");
        e.HasKey(i => i.Id);
        e.Property(i => i.Serial).HasMaxLength(30);
        e.HasIndex(i => i.Serial).IsUnique();
        e.Property(i => i.Kind).HasMaxLength(40);
        e.Property(i => i.KindName).HasMaxLength(80);
        e.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.IssuedById).HasMaxLength(64);
        e.Property(i => i.IssuedByName).HasMaxLength(120);
        e.Property(i => i.PdfSha256).HasMaxLength(64);
        e.Property(i => i.VerificationCodeHash).HasMaxLength(64);
        e.Property(i => i.IdempotencyKey).HasMaxLength(120);
        e.HasIndex(i => i.IdempotencyKey).IsUnique();
        e.HasIndex(i => i.IssuedAt);
        e.HasIndex(i => i.SubjectResidentId);
    }
}
