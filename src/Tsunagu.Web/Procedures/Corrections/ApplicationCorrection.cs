using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Corrections;

/// <summary>
/// A correction request (補正) on a submitted application: which fields are reopened and why. The answers of those
/// fields before and after are kept, so the history holds both versions.
/// </summary>
public sealed class ApplicationCorrection
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public string FieldIdsJson { get; set; } = "[]";
    public string Message { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }

    /// <summary>The reopened fields' raw answers when the request was made (flat keys, as in the application).</summary>
    public string BeforeJson { get; set; } = "{}";

    public string? AfterJson { get; set; }
}

internal sealed class ApplicationCorrectionConfiguration : IEntityTypeConfiguration<ApplicationCorrection>
{
    public void Configure(EntityTypeBuilder<ApplicationCorrection> e)
    {
        e.ToTable("procedures_corrections");
        e.HasKey(c => c.Id);
        e.Property(c => c.Message).HasMaxLength(2000);
        e.HasIndex(c => c.ApplicationId);
    }
}
