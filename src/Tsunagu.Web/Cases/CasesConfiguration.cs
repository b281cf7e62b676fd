using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> e)
    {
        e.ToTable("cases_cases");
        e.HasKey(c => c.Id);
        e.Property(c => c.Number).HasMaxLength(30);
        e.HasIndex(c => c.Number).IsUnique();
        e.Property(c => c.IdempotencyKey).HasMaxLength(200);
        e.HasIndex(c => c.IdempotencyKey).IsUnique();
        e.Property(c => c.Department).HasMaxLength(40);
        e.Property(c => c.ProcedureId).HasMaxLength(100);
        e.Property(c => c.ProcedureName).HasMaxLength(200);
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.SourceReference).HasMaxLength(100);
        e.Property(c => c.ApplicantName).HasMaxLength(120);
        e.Property(c => c.ApplicantKana).HasMaxLength(120);
        e.Property(c => c.ApplicantKanaSearch).HasMaxLength(120);
        e.Property(c => c.Oaza).HasMaxLength(40);
        e.Property(c => c.IntakeNote).HasMaxLength(2000);
        e.Property(c => c.AssigneeId).HasMaxLength(64);
        e.Property(c => c.AssigneeName).HasMaxLength(120);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasIndex(c => new { c.Department, c.Status });
        e.HasIndex(c => c.ApplicationId);
        e.HasIndex(c => c.SourceReference);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> e)
    {
        e.ToTable("cases_events");
        e.HasKey(h => h.Id);
        e.Property(h => h.ActorId).HasMaxLength(64);
        e.Property(h => h.ActorName).HasMaxLength(120);
        e.Property(h => h.Kind).HasMaxLength(20);
        e.Property(h => h.From).HasConversion<string>().HasMaxLength(30);
        e.Property(h => h.To).HasConversion<string>().HasMaxLength(30);
        e.Property(h => h.Text).HasMaxLength(4000);
        e.HasIndex(h => h.CaseId);
    }
}
