using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Cases.Export;

/// <summary>
/// One export of a completed case to its core system (the export log). Delivery runs from the outbox; while it is
/// retried, the attempts and last error are those of its outbox message (<see cref="OutboxMessageId"/>).
/// </summary>
public sealed class CaseExport
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public string Department { get; set; } = "";
    public string ProcedureId { get; set; } = "";
    public string Layout { get; set; } = ExportLayout.Version;

    /// <summary>The folder written to, or the webhook address posted to.</summary>
    public string Target { get; set; } = "";

    public DateTime RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public Guid OutboxMessageId { get; set; }
    public DateTime? DeliveredAt { get; set; }

    /// <summary>SHA-256 of the CSV and JSON delivered; equal for every re-export of an unchanged case.</summary>
    public string? ContentHash { get; set; }
}

/// <summary>Asks the exporter to deliver one <see cref="CaseExport"/>. Internal to Cases, carried by the durable outbox.</summary>
public sealed record CaseExportRequested(Guid ExportId);

internal sealed class CaseExportConfiguration : IEntityTypeConfiguration<CaseExport>
{
    public void Configure(EntityTypeBuilder<CaseExport> e)
    {
        e.ToTable("cases_exports");
        e.HasKey(x => x.Id);
        e.Property(x => x.CaseNumber).HasMaxLength(30);
        e.Property(x => x.Department).HasMaxLength(40);
        e.Property(x => x.ProcedureId).HasMaxLength(100);
        e.Property(x => x.Layout).HasMaxLength(40);
        e.Property(x => x.Target).HasMaxLength(500);
        e.Property(x => x.RequestedBy).HasMaxLength(120);
        e.Property(x => x.ContentHash).HasMaxLength(64);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.Department);
    }
}
