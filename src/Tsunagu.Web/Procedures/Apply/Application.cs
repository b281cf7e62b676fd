using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>A submitted application (申請). Its answers and form version never change after submission.</summary>
public sealed class Application
{
    public Guid Id { get; set; }

    /// <summary>受付番号: see <see cref="ReceiptNumbers"/>.</summary>
    public string ReceiptNumber { get; set; } = "";

    public string ProcedureId { get; set; } = "";
    public int ProcedureVersion { get; set; }
    public string Department { get; set; } = "";

    /// <summary>The draft it came from; unique, which makes submission idempotent.</summary>
    public Guid DraftId { get; set; }

    public string Owner { get; set; } = "";
    public string AnswersJson { get; set; } = "{}";
    public string Status { get; set; } = ApplicationStatuses.Received;
    public DateTime SubmittedAt { get; set; }
}

public static class ApplicationStatuses
{
    public const string Received = "受付";
}

/// <summary>One change of an application's status, for the resident's history.</summary>
public sealed class ApplicationStatusChange
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public string Status { get; set; } = "";
    public string? Message { get; set; }
    public DateTime At { get; set; }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> e)
    {
        e.ToTable("procedures_applications");
        e.HasKey(a => a.Id);
        e.Property(a => a.ReceiptNumber).HasMaxLength(30);
        e.HasIndex(a => a.ReceiptNumber).IsUnique();
        e.HasIndex(a => a.DraftId).IsUnique();
        e.Property(a => a.ProcedureId).HasMaxLength(100);
        e.Property(a => a.Department).HasMaxLength(40);
        e.Property(a => a.Owner).HasMaxLength(120);
        e.Property(a => a.Status).HasMaxLength(20);
        e.HasIndex(a => a.Owner);
    }
}

internal sealed class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> e)
    {
        e.ToTable("procedures_application_history");
        e.HasKey(h => h.Id);
        e.Property(h => h.Status).HasMaxLength(20);
        e.Property(h => h.Message).HasMaxLength(2000);
        e.HasIndex(h => h.ApplicationId);
    }
}
