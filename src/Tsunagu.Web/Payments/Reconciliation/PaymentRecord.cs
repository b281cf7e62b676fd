using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Payments.Reconciliation;

/// <summary>速報 (preliminary, the day of payment) or 確報 (final, after settlement) from a collection agency or eLTAX.</summary>
public enum ReportKind
{
    Preliminary,
    Final,
}

/// <summary>What reconciliation made of one reported payment.</summary>
public enum MatchResult
{
    /// <summary>A 速報 noted against its instalment; money counts when the 確報 comes.</summary>
    Noted,

    /// <summary>Applied in full or in part to its instalment.</summary>
    Applied,

    /// <summary>More than was due: the excess goes to the refund list.</summary>
    Overpaid,

    /// <summary>The instalment was already paid: the whole amount goes to the refund list.</summary>
    PaidTwice,

    /// <summary>No instalment has this 納付番号 (or its check digit is wrong): waits in the review queue.</summary>
    Unknown,

    /// <summary>The 確報 amount differs from the 速報 of the same payment: applied as the 確報 says and flagged for review.</summary>
    DiffersFromPreliminary,
}

/// <summary>One line of a payment file and what became of it: the trail of every match and unmatch.</summary>
public sealed class PaymentRecord
{
    public Guid Id { get; set; }
    public Guid FileId { get; set; }
    public int Row { get; set; }
    public ReportKind Kind { get; set; }
    public string PaymentNumber { get; set; } = "";
    public long Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public string Agency { get; set; } = "";
    public Guid? InstalmentId { get; set; }
    public MatchResult Result { get; set; }

    /// <summary>Yen to give back (overpayment or double payment).</summary>
    public long Refund { get; set; }

    public bool Resolved { get; set; }
    public string? Note { get; set; }
}

/// <summary>A payment file as imported; its SHA-256 makes a second import of the same file a no-op.</summary>
public sealed class PaymentFile
{
    public Guid Id { get; set; }
    public string Sha256 { get; set; } = "";
    public string FileName { get; set; } = "";
    public int Rows { get; set; }
    public DateTime ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";
}

internal sealed class PaymentRecordConfiguration : IEntityTypeConfiguration<PaymentRecord>
{
    public void Configure(EntityTypeBuilder<PaymentRecord> e)
    {
        e.ToTable("payments_records");
        e.HasKey(r => r.Id);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Result).HasConversion<string>().HasMaxLength(30);
        e.Property(r => r.PaymentNumber).HasMaxLength(30);
        e.Property(r => r.Agency).HasMaxLength(60);
        e.Property(r => r.Note).HasMaxLength(500);
        e.HasIndex(r => r.PaymentNumber);
        e.HasIndex(r => new { r.Result, r.Resolved });
    }
}

internal sealed class PaymentFileConfiguration : IEntityTypeConfiguration<PaymentFile>
{
    public void Configure(EntityTypeBuilder<PaymentFile> e)
    {
        e.ToTable("payments_files");
        e.HasKey(f => f.Id);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.HasIndex(f => f.Sha256).IsUnique();
        e.Property(f => f.FileName).HasMaxLength(200);
        e.Property(f => f.ImportedBy).HasMaxLength(120);
    }
}
