using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// A single-use link, sent by e-mail, that moves an anonymous draft to whichever device opens it. Only the token's
/// hash is stored, and never the e-mail address: the link is all the resident needs.
/// </summary>
public sealed class DraftResumeLink
{
    public Guid Id { get; set; }
    public Guid DraftId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}

internal sealed class DraftResumeLinkConfiguration : IEntityTypeConfiguration<DraftResumeLink>
{
    public void Configure(EntityTypeBuilder<DraftResumeLink> e)
    {
        e.ToTable("procedures_draft_resume_links");
        e.HasKey(l => l.Id);
        e.Property(l => l.TokenHash).HasMaxLength(64);
        e.HasIndex(l => l.TokenHash).IsUnique();
        e.HasIndex(l => l.DraftId);
    }
}
