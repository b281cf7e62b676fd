using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Platform.ResidentIdentity;

internal sealed class ResidentAccountConfiguration : IEntityTypeConfiguration<ResidentAccount>
{
    public void Configure(EntityTypeBuilder<ResidentAccount> e)
    {
        e.ToTable("accounts_residents");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.Email).HasMaxLength(ResidentEmail.MaxLength);
        e.HasIndex(a => a.Email).IsUnique();
        e.Property(a => a.PasswordHash).HasMaxLength(200);
        e.HasIndex(a => a.LinkedResidentId);
    }
}

internal sealed class ResidentEmailTokenConfiguration : IEntityTypeConfiguration<ResidentEmailToken>
{
    public void Configure(EntityTypeBuilder<ResidentEmailToken> e)
    {
        e.ToTable("accounts_email_tokens");
        e.HasKey(t => t.TokenHash);
        e.Property(t => t.TokenHash).HasMaxLength(64);
        e.Property(t => t.Purpose).HasMaxLength(10);
        e.HasIndex(t => new { t.AccountId, t.Purpose });
        e.HasOne<ResidentAccount>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
