using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.Residents;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("residents_persons");
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).ValueGeneratedNever();
        e.Property(p => p.ResidentCode).HasMaxLength(11);
        e.HasIndex(p => p.ResidentCode).IsUnique();
        e.Property(p => p.FamilyName).HasMaxLength(50);
        e.Property(p => p.GivenName).HasMaxLength(50);
        e.Property(p => p.FamilyNameKana).HasMaxLength(100);
        e.Property(p => p.GivenNameKana).HasMaxLength(100);
        e.Property(p => p.SearchKana).HasMaxLength(200);
        e.Property(p => p.Relationship).HasMaxLength(20);
        e.HasIndex(p => new { p.SearchKana, p.BirthDate });
        e.HasIndex(p => p.HouseholdId);
        e.Ignore(p => p.FullName);
        e.Ignore(p => p.FullNameKana);
    }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> e)
    {
        e.ToTable("residents_households");
        e.HasKey(h => h.Id);
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.Number).HasMaxLength(20);
        e.HasIndex(h => h.Number).IsUnique();
        e.OwnsOne(h => h.Address, a =>
        {
            a.Property(x => x.PostalCode).HasMaxLength(8).HasColumnName("PostalCode");
            a.Property(x => x.Oaza).HasMaxLength(20).HasColumnName("Oaza");
            a.Property(x => x.Banchi).HasMaxLength(40).HasColumnName("Banchi");
            a.Property(x => x.Gyoseiku).HasMaxLength(40).HasColumnName("Gyoseiku");
            a.Ignore(x => x.FullText);
        });
        e.HasMany(h => h.Members).WithOne().HasForeignKey(p => p.HouseholdId);
    }
}

internal sealed class SealRegistrationConfiguration : IEntityTypeConfiguration<SealRegistration>
{
    public void Configure(EntityTypeBuilder<SealRegistration> e)
    {
        e.ToTable("residents_seal_registrations");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.RegistrationNumber).HasMaxLength(20);
        e.HasIndex(s => s.RegistrationNumber).IsUnique();
        e.HasIndex(s => s.PersonId);
        e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId);
        e.Ignore(s => s.IsActive);
    }
}
