using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>
/// One 更正 of an assessment: the annual amount before and after, why, who and when, which 期 got a new slip, and what was
/// already paid beyond the new amount (to be refunded). Kept for ever: the history staff explain a bill from.
/// </summary>
public sealed class AssessmentAdjustment
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public long OldAnnual { get; set; }
    public long NewAnnual { get; set; }
    public string Reason { get; set; } = "";
    public string AdjustedBy { get; set; } = "";
    public DateTime AdjustedAt { get; set; }

    /// <summary>The 期 re-issued (new amount, re-issue count and 確認番号), e.g. "7,8,9,10"; empty when no amount changed.</summary>
    public string Reissued { get; set; } = "";

    /// <summary>Yen paid beyond the new annual amount: a refund (還付) staff arrange; like the refunds of reconciliation, in whole yen.</summary>
    public long Refund { get; set; }

    /// <summary>The form's submission key: the same form sent twice (double click, refresh) is one 更正.</summary>
    public Guid SubmissionKey { get; set; }
}

internal sealed class AssessmentAdjustmentConfiguration : IEntityTypeConfiguration<AssessmentAdjustment>
{
    public void Configure(EntityTypeBuilder<AssessmentAdjustment> e)
    {
        e.ToTable("payments_adjustments");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.AssessmentId);
        e.HasIndex(a => a.SubmissionKey).IsUnique();
        e.Property(a => a.Reason).HasMaxLength(200);
        e.Property(a => a.AdjustedBy).HasMaxLength(120);
        e.Property(a => a.Reissued).HasMaxLength(100);
        e.HasOne<Assessment>().WithMany().HasForeignKey(a => a.AssessmentId);
    }
}
