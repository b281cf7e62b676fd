using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Counter.Visits;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> e)
    {
        e.ToTable("counter_visits");
        e.HasKey(v => v.Id);
        e.HasIndex(v => new { v.Day, v.Number }).IsUnique();
        e.HasIndex(v => v.StartedAt);
        e.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.StaffId).HasMaxLength(64);
        e.Property(v => v.ResidentName).HasMaxLength(120);
        e.Property(v => v.ResidentKana).HasMaxLength(120);
        e.Property(v => v.LifeEvents).HasMaxLength(400);
        e.Ignore(v => v.LifeEventIds);
        e.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VisitItemConfiguration : IEntityTypeConfiguration<VisitItem>
{
    public void Configure(EntityTypeBuilder<VisitItem> e)
    {
        e.ToTable("counter_visit_items");
        e.HasKey(i => i.Id);
        e.HasIndex(i => new { i.VisitId, i.ProcedureId }).IsUnique();
        e.HasIndex(i => new { i.Department, i.Status });
        e.Property(i => i.ProcedureId).HasMaxLength(100);
        e.Property(i => i.ProcedureName).HasMaxLength(200);
        e.Property(i => i.Department).HasMaxLength(40);
        e.Property(i => i.CaseNumber).HasMaxLength(40);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.TakenBy).HasMaxLength(120);
    }
}
