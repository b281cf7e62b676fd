using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>
/// The copy of a procedure that staff are editing in the form builder. Published versions never change,
/// so edits live here, may be incomplete, and become a new version only when published.
/// </summary>
public sealed class ProcedureWorkingCopy
{
    public string ProcedureId { get; set; } = "";
    public string DefinitionJson { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

internal sealed class ProcedureWorkingCopyConfiguration : IEntityTypeConfiguration<ProcedureWorkingCopy>
{
    public void Configure(EntityTypeBuilder<ProcedureWorkingCopy> e)
    {
        e.ToTable("procedures_working_copies");
        e.HasKey(w => w.ProcedureId);
        e.Property(w => w.ProcedureId).HasMaxLength(100);
        e.Property(w => w.UpdatedBy).HasMaxLength(100);
    }
}
