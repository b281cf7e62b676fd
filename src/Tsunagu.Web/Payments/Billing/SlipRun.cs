using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Payments.Billing;

public enum SlipRunStatus
{
    Running,
    Done,
}

/// <summary>
/// 納付書の一括作成 for a fiscal year: one PDF per household into a folder the print shop collects. Progress is saved after
/// every batch (households in id order, the last one done is remembered), so a restarted node resumes where it stopped,
/// and a household whose file exists is never printed again.
/// </summary>
public sealed class SlipRun
{
    public Guid Id { get; set; }
    public int FiscalYear { get; set; }
    public SlipRunStatus Status { get; set; }
    public int Households { get; set; }
    public int Done { get; set; }
    public Guid? LastHousehold { get; set; }
    public string Folder { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int Version { get; set; }
}

internal sealed class SlipRunConfiguration : IEntityTypeConfiguration<SlipRun>
{
    public void Configure(EntityTypeBuilder<SlipRun> e)
    {
        e.ToTable("payments_slip_runs");
        e.HasKey(r => r.Id);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Folder).HasMaxLength(400);
        e.Property(r => r.RequestedBy).HasMaxLength(120);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasIndex(r => new { r.FiscalYear, r.Status });
    }
}
