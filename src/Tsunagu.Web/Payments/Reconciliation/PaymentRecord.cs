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

/// <summary>What staff did with a payment that waited for review.</summary>
public enum Resolution
{
    /// <summary>Not reviewed (or nothing to review).</summary>
    None,

    /// <summary>Checked and left as it is (a 確報 that differs from its 速報, say).</summary>
    Confirmed,

    /// <summary>An unknown number matched by hand to the instalment it was meant for.</summary>
    Matched,

    /// <summary>The excess (or an unmatchable payment) given back to the payer (還付).</summary>
    Refunded,

    /// <summary>The excess put towards another unpaid instalment of the same payer (充当).</summary>
    Appropriated,

    /// <summary>A wrong match taken back: the amount left the instalment and the payment waits for review again.</summary>
    Unmatched,
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
    public Resolution Resolution { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    /// <summary>Raised by every review action, so two staff acting on the same payment cannot both succeed.</summary>
    public int Version { get; set; }

    /// <summary>Yen this payment put on its instalment: nothing for a 速報, the amount less any refund for a 確報.</summary>
    public long Applied => InstalmentId is null || Kind == ReportKind.Preliminary ? 0 : Amount - Refund;
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
        e.Property(r => r.Resolution).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.ResolvedBy).HasMaxLength(120);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Ignore(r => r.Applied);
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
