using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>
/// An annual assessment (賦課) of one fund for one payer, as the core system computed it. The payer's name and address are
/// kept as billed, because a slip must show what was billed even after the registry changes.
/// </summary>
public sealed class Assessment
{
    public Guid Id { get; set; }
    public Fund Fund { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>通知書番号: unique within fund and year; part of every 納付番号 of the assessment.</summary>
    public long Number { get; set; }

    public Guid HouseholdId { get; set; }
    public Guid PayerResidentId { get; set; }
    public string PayerName { get; set; } = "";
    public string PayerKana { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Address { get; set; } = "";
    public long AnnualAmount { get; set; }
    public string Source { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Raised by every 更正: two staff adjusting the same assessment at once cannot both win.</summary>
    public int Version { get; set; }

    public List<Instalment> Instalments { get; set; } = [];
}

/// <summary>One 期 of an assessment: what is due when, under which 納付番号, and what has been paid.</summary>
public sealed class Instalment
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public int Number { get; set; }
    public DateOnly DueOn { get; set; }
    public long Amount { get; set; }
    public string PaymentNumber { get; set; } = "";
    public string ConfirmationNumber { get; set; } = "";

    /// <summary>0 for the first slip; raised by a 更正 that changes the amount (再発行区分 on the bar code).</summary>
    public int Reissue { get; set; }

    public long Paid { get; set; }
    public DateTime? PrintedAt { get; set; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> e)
    {
        e.ToTable("payments_assessments");
        e.HasKey(a => a.Id);
        e.Property(a => a.Fund).HasConversion<string>().HasMaxLength(40);
        e.HasIndex(a => new { a.Fund, a.FiscalYear, a.Number }).IsUnique();
        e.HasIndex(a => new { a.Fund, a.FiscalYear, a.PayerResidentId }).IsUnique();
        e.HasIndex(a => a.HouseholdId);
        e.Property(a => a.PayerName).HasMaxLength(120);
        e.Property(a => a.PayerKana).HasMaxLength(120);
        e.Property(a => a.PostalCode).HasMaxLength(10);
        e.Property(a => a.Address).HasMaxLength(200);
        e.Property(a => a.Source).HasMaxLength(200);
        e.Property(a => a.Version).IsConcurrencyToken();
        e.HasMany(a => a.Instalments).WithOne().HasForeignKey(i => i.AssessmentId);
    }
}

internal sealed class InstalmentConfiguration : IEntityTypeConfiguration<Instalment>
{
    public void Configure(EntityTypeBuilder<Instalment> e)
    {
        e.ToTable("payments_instalments");
        e.HasKey(i => i.Id);
        e.Property(i => i.PaymentNumber).HasMaxLength(20);
        e.HasIndex(i => i.PaymentNumber).IsUnique();
        e.Property(i => i.ConfirmationNumber).HasMaxLength(16);
        e.HasIndex(i => new { i.AssessmentId, i.Number }).IsUnique();
    }
}
