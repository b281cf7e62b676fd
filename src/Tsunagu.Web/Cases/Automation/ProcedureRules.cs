using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Cases.Automation;

/// <summary>
/// A department's settings for one procedure: whether the 課長 decides (決裁), whether cases are accepted automatically
/// when every check passes, whether overdue cases send reminders, and where completed cases are exported.
/// Without a row, <see cref="Defaults"/> apply.
/// </summary>
public sealed class ProcedureRules
{
    public string ProcedureId { get; set; } = "";
    public bool RequiresApproval { get; set; }
    public bool AutoAccept { get; set; }
    public bool RemindOverdue { get; set; } = true;

    /// <summary>An https (or, for tests and LGWAN-internal systems, http) address to POST exports to; null writes files to the outbox folder.</summary>
    public string? ExportWebhook { get; set; }

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>
    /// Benefit payments (給付) are decided by the 課長 by default, as the town's 決裁規程 reserves payments to them;
    /// other procedures are closed by the examiner unless the department turns approval on.
    /// </summary>
    public static ProcedureRules Defaults(string procedureId, string category) =>
        new() { ProcedureId = procedureId, RequiresApproval = category == "給付", RemindOverdue = true };
}

/// <summary>Auto-assign: new cases of the procedure (from the 大字 when set) go to this member of staff.</summary>
public sealed class AssignRule
{
    public Guid Id { get; set; }
    public string ProcedureId { get; set; } = "";

    /// <summary>The 大字 of the applicant's address (e.g. 田野), or null for every case of the procedure.</summary>
    public string? Oaza { get; set; }

    public string AssigneeId { get; set; } = "";
    public string AssigneeName { get; set; } = "";
}

internal sealed class ProcedureRulesConfiguration : IEntityTypeConfiguration<ProcedureRules>
{
    public void Configure(EntityTypeBuilder<ProcedureRules> e)
    {
        e.ToTable("cases_procedure_rules");
        e.HasKey(r => r.ProcedureId);
        e.Property(r => r.ProcedureId).HasMaxLength(100);
        e.Property(r => r.ExportWebhook).HasMaxLength(500);
        e.Property(r => r.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class AssignRuleConfiguration : IEntityTypeConfiguration<AssignRule>
{
    public void Configure(EntityTypeBuilder<AssignRule> e)
    {
        e.ToTable("cases_assign_rules");
        e.HasKey(r => r.Id);
        e.Property(r => r.ProcedureId).HasMaxLength(100);
        e.Property(r => r.Oaza).HasMaxLength(40);
        e.Property(r => r.AssigneeId).HasMaxLength(64);
        e.Property(r => r.AssigneeName).HasMaxLength(120);
        e.HasIndex(r => r.ProcedureId);
    }
}
