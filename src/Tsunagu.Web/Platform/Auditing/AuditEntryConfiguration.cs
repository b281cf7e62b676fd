using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Platform.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit_entries");
        e.HasKey(a => a.Id);
        // Ids are assigned in order under the append lock: the chain must have no gaps.
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.Actor).HasMaxLength(100);
        e.Property(a => a.Action).HasMaxLength(100);
        e.Property(a => a.SubjectType).HasMaxLength(60);
        e.Property(a => a.SubjectId).HasMaxLength(100);
        e.Property(a => a.Purpose).HasMaxLength(200);
        e.Property(a => a.RequestId).HasMaxLength(100);
        e.Property(a => a.PreviousHash).HasMaxLength(64);
        e.Property(a => a.Hash).HasMaxLength(64);
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}
