using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>A sign-in nonce; only its SHA-256 is stored.</summary>
public sealed class CardChallenge
{
    public string NonceHash { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}

/// <summary>A 利用者証明用 certificate (issuer and serial) bound to a resident account. Never a 個人番号.</summary>
public sealed class CardBinding
{
    public Guid Id { get; set; }
    public string Issuer { get; set; } = "";
    public string Serial { get; set; } = "";
    public Guid AccountId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class CardChallengeConfiguration : IEntityTypeConfiguration<CardChallenge>
{
    public void Configure(EntityTypeBuilder<CardChallenge> e)
    {
        e.ToTable("card_challenges");
        e.HasKey(c => c.NonceHash);
        e.Property(c => c.NonceHash).HasMaxLength(64);
        e.HasIndex(c => c.ExpiresAt);
    }
}

internal sealed class CardBindingConfiguration : IEntityTypeConfiguration<CardBinding>
{
    public void Configure(EntityTypeBuilder<CardBinding> e)
    {
        e.ToTable("card_bindings");
        e.HasKey(b => b.Id);
        e.Property(b => b.Id).ValueGeneratedNever();
        e.Property(b => b.Issuer).HasMaxLength(500);
        e.Property(b => b.Serial).HasMaxLength(64);
        e.HasIndex(b => new { b.Issuer, b.Serial }).IsUnique();
        e.HasIndex(b => b.AccountId);
    }
}
