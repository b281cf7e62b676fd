using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Payments.Fees;

public enum FeeStatus
{
    Unpaid,

    /// <summary>The provider did not answer in time; its status is asked again before anything else happens.</summary>
    Checking,

    Paid,
    Refunded,
}

/// <summary>The fee of one online application (手数料), paid by card or QR-code payment through the provider.</summary>
public sealed class FeeCharge
{
    public Guid Id { get; set; }
    /// <summary>The application the fee is for, or another module's reference (a certificate issued online).</summary>
    public Guid ApplicationId { get; set; }
    public string ReceiptNumber { get; set; } = "";
    public string ProcedureName { get; set; } = "";

    /// <summary>The department code owning the procedure (<c>jumin</c>…); its staff may refund, as may 税務課.</summary>
    public string? Department { get; set; }

    public Guid? AccountId { get; set; }
    public long Amount { get; set; }
    public FeeStatus Status { get; set; }

    /// <summary>Sent with every charge request: the provider charges a key once, however often it is retried.</summary>
    public string IdempotencyKey { get; set; } = "";

    public string? ProviderReference { get; set; }
    public string? LastProblem { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PaidAt { get; set; }
    public DateTime? RefundedAt { get; set; }

    /// <summary>The staff user id who refunded (the audit log's actor).</summary>
    public string? RefundedBy { get; set; }

    public string? RefundReason { get; set; }
    public string? RefundReference { get; set; }
    public int Version { get; set; }
}

internal sealed class FeeChargeConfiguration : IEntityTypeConfiguration<FeeCharge>
{
    public void Configure(EntityTypeBuilder<FeeCharge> e)
    {
        e.ToTable("payments_fee_charges");
        e.HasKey(c => c.Id);
        e.HasIndex(c => c.ApplicationId).IsUnique();
        e.HasIndex(c => c.AccountId);
        e.Property(c => c.ReceiptNumber).HasMaxLength(40);
        e.Property(c => c.ProcedureName).HasMaxLength(200);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.IdempotencyKey).HasMaxLength(80);
        e.Property(c => c.ProviderReference).HasMaxLength(100);
        e.Property(c => c.LastProblem).HasMaxLength(300);
        e.Property(c => c.Department).HasMaxLength(40);
        e.Property(c => c.RefundedBy).HasMaxLength(100);
        e.Property(c => c.RefundReason).HasMaxLength(500);
        e.Property(c => c.RefundReference).HasMaxLength(100);
        e.HasIndex(c => c.ReceiptNumber);
        e.Property(c => c.Version).IsConcurrencyToken();
    }
}
