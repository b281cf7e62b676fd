using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>A convenience-store multi-copy machine allowed to call the kiosk API. Only the key's SHA-256 is kept.</summary>
public sealed class KioskTerminal
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string KeyHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
}

/// <summary>One customer at one terminal: the challenge the card signs, then who was identified; five minutes at most.</summary>
public sealed class KioskSession
{
    public Guid Id { get; set; }
    public Guid TerminalId { get; set; }

    /// <summary>The challenge as sent (random, 32 bytes, base64); it is spent by the first authentication attempt.</summary>
    public string Challenge { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ChallengeSpentAt { get; set; }
    public Guid? ResidentId { get; set; }
    public string? CardSerial { get; set; }
}

internal sealed class KioskTerminalConfiguration : IEntityTypeConfiguration<KioskTerminal>
{
    public void Configure(EntityTypeBuilder<KioskTerminal> e)
    {
        e.ToTable("certificates_kiosk_terminals");
        e.HasKey(t => t.Id);
        e.Property(t => t.Name).HasMaxLength(100);
        e.Property(t => t.KeyHash).HasMaxLength(64);
        e.HasIndex(t => t.KeyHash).IsUnique();
        e.Property(t => t.CreatedBy).HasMaxLength(120);
    }
}

internal sealed class KioskSessionConfiguration : IEntityTypeConfiguration<KioskSession>
{
    public void Configure(EntityTypeBuilder<KioskSession> e)
    {
        e.ToTable("certificates_kiosk_sessions");
        e.HasKey(s => s.Id);
        e.Property(s => s.Challenge).HasMaxLength(64);
        e.Property(s => s.CardSerial).HasMaxLength(64);
        e.HasIndex(s => s.ExpiresAt);
    }
}
