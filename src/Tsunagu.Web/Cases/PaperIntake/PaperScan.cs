using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Cases.PaperIntake;

public enum PaperScanStatus
{
    /// <summary>Read; waiting for staff to check the values (確認待ち).</summary>
    Read,

    /// <summary>OCR could not read it; the scan is kept and can be read again or entered by hand.</summary>
    Unreadable,

    /// <summary>Checked by staff and opened as a case.</summary>
    Accepted,

    /// <summary>Put aside by staff (a duplicate, a blank page); kept for the record.</summary>
    Discarded,
}

/// <summary>A scanned paper form: the file as uploaded, what OCR read, and the case it became.</summary>
public sealed class PaperScan
{
    public Guid Id { get; set; }
    public string Department { get; set; } = "";
    public string ProcedureId { get; set; } = "";
    public string ProcedureName { get; set; } = "";

    /// <summary>The upload in the content-addressed file store, and the page image staff check against.</summary>
    public string FileReference { get; set; } = "";
    public string? PageImageSha256 { get; set; }

    public PaperScanStatus Status { get; set; }

    /// <summary>The <see cref="ExtractedValue"/> list as JSON; kept unchanged so accuracy can be reviewed later.</summary>
    public string ReadJson { get; set; } = "[]";

    public string? Problem { get; set; }
    public float SkewDegrees { get; set; }
    public string UploadedById { get; set; } = "";
    public string UploadedByName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>How many fields staff changed from what OCR read; the accuracy in real use.</summary>
    public int? FieldsCorrected { get; set; }

    /// <summary>The upload form's one-time key: a double click or a resent form stores one scan.</summary>
    public string IdempotencyKey { get; set; } = "";

    public int Version { get; set; }
}

internal sealed class PaperScanConfiguration : IEntityTypeConfiguration<PaperScan>
{
    public void Configure(EntityTypeBuilder<PaperScan> e)
    {
        e.ToTable("cases_paper_scans");
        e.HasKey(s => s.Id);
        e.Property(s => s.Department).HasMaxLength(40);
        e.Property(s => s.ProcedureId).HasMaxLength(100);
        e.Property(s => s.ProcedureName).HasMaxLength(200);
        e.Property(s => s.FileReference).HasMaxLength(300);
        e.Property(s => s.PageImageSha256).HasMaxLength(64);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Problem).HasMaxLength(500);
        e.Property(s => s.UploadedById).HasMaxLength(64);
        e.Property(s => s.UploadedByName).HasMaxLength(120);
        e.Property(s => s.CaseNumber).HasMaxLength(30);
        e.Property(s => s.DecidedByName).HasMaxLength(120);
        e.Property(s => s.IdempotencyKey).HasMaxLength(100);
        e.HasIndex(s => s.IdempotencyKey).IsUnique();
        e.HasIndex(s => new { s.Department, s.Status });
        e.Property(s => s.Version).IsConcurrencyToken();
    }
}
