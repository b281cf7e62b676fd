using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>A published version of a procedure. Never changed once stored: applications point at it.</summary>
public sealed class ProcedureVersion
{
    public Guid Id { get; set; }
    public string ProcedureId { get; set; } = "";
    public int Version { get; set; }
    public string DefinitionJson { get; set; } = "";
    public DateTime PublishedAt { get; set; }

    /// <summary><c>catalog-file</c> or the staff id of whoever published it in the form builder.</summary>
    public string PublishedBy { get; set; } = "";
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> e)
    {
        e.ToTable("procedures_versions");
        e.HasKey(v => v.Id);
        e.Property(v => v.ProcedureId).HasMaxLength(100);
        e.Property(v => v.PublishedBy).HasMaxLength(100);
        e.HasIndex(v => new { v.ProcedureId, v.Version }).IsUnique();
    }
}
