using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Platform.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string Table = "platform_outbox";

    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable(Table);
        e.HasKey(m => m.Id);
        e.Property(m => m.Type).HasMaxLength(200);
        e.Property(m => m.LockedBy).HasMaxLength(64);
        e.Property(m => m.LastError).HasMaxLength(1000);
        e.HasIndex(m => new { m.ProcessedAt, m.AvailableAt });
    }
}

internal sealed class HandledMessageConfiguration : IEntityTypeConfiguration<HandledMessage>
{
    public void Configure(EntityTypeBuilder<HandledMessage> e)
    {
        e.ToTable("platform_inbox");
        e.HasKey(m => new { m.MessageId, m.Handler });
        e.Property(m => m.Handler).HasMaxLength(200);
    }
}
