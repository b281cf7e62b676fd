using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Cases.Reviews;

/// <summary>One reviewed business process (BPR): the steps before and after, and the time saved per case.</summary>
public sealed class ProcessReview
{
    public Guid Id { get; set; }
    public string Department { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>A procedure of the catalogue the process serves, when there is one.</summary>
    public string? ProcedureId { get; set; }

    /// <summary>One step per line.</summary>
    public string BeforeSteps { get; set; } = "";

    public string AfterSteps { get; set; } = "";
    public int MinutesSavedPerCase { get; set; }
    public int CasesPerYear { get; set; }
    public string Status { get; set; } = ReviewStatuses.Candidate;
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}

public static class ReviewStatuses
{
    public const string Candidate = "候補";
    public const string InReview = "見直し中";
    public const string Reviewed = "見直し済";
    public const string InOperation = "運用中";

    public static readonly IReadOnlyList<string> All = [Candidate, InReview, Reviewed, InOperation];

    public static bool CountsAsReviewed(string status) => status is Reviewed or InOperation;
}

internal sealed class ProcessReviewConfiguration : IEntityTypeConfiguration<ProcessReview>
{
    public void Configure(EntityTypeBuilder<ProcessReview> e)
    {
        e.ToTable("cases_process_reviews");
        e.HasKey(r => r.Id);
        e.Property(r => r.Department).HasMaxLength(40);
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.ProcedureId).HasMaxLength(100);
        e.Property(r => r.BeforeSteps).HasMaxLength(4000);
        e.Property(r => r.AfterSteps).HasMaxLength(4000);
        e.Property(r => r.Status).HasMaxLength(20);
        e.Property(r => r.UpdatedBy).HasMaxLength(120);
        e.Property(r => r.Version).IsConcurrencyToken();
    }
}
