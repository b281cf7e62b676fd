using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>An application being filled in; answers kept on the server so nothing typed is lost.</summary>
public sealed class Draft
{
    public Guid Id { get; set; }
    public string ProcedureId { get; set; } = "";

    /// <summary>The form version the draft was started with; it is submitted against that same version.</summary>
    public int ProcedureVersion { get; set; }

    /// <summary><c>account:&lt;id&gt;</c> for signed-in residents, <c>browser:&lt;token hash&gt;</c> otherwise.</summary>
    public string Owner { get; set; } = "";

    public string AnswersJson { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? SubmittedApplicationId { get; set; }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> e)
    {
        e.ToTable("procedures_drafts");
        e.HasKey(d => d.Id);
        e.Property(d => d.ProcedureId).HasMaxLength(100);
        e.Property(d => d.Owner).HasMaxLength(120);
        e.HasIndex(d => new { d.Owner, d.ProcedureId });
    }
}
