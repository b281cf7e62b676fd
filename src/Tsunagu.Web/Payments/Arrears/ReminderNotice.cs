using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Payments.Arrears;

/// <summary>
/// A 督促状 issued for one overdue instalment. 地方自治法 §231の3 asks for the 督促 within 20 days of the due date, and the
/// date it was issued starts the time limits that follow, so the town keeps when and by whom each one was printed.
/// </summary>
public sealed class ReminderNotice
{
    public Guid Id { get; set; }
    public Guid InstalmentId { get; set; }
    public DateOnly IssuedOn { get; set; }
    public string IssuedBy { get; set; } = "";
    public long Unpaid { get; set; }
}

internal sealed class ReminderNoticeConfiguration : IEntityTypeConfiguration<ReminderNotice>
{
    public void Configure(EntityTypeBuilder<ReminderNotice> e)
    {
        e.ToTable("payments_reminder_notices");
        e.HasKey(n => n.Id);
        e.HasIndex(n => n.InstalmentId);
        e.Property(n => n.IssuedBy).HasMaxLength(120);
    }
}
