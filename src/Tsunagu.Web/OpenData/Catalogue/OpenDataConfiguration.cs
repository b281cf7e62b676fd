using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagu.Web.OpenData.Catalogue;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> e)
    {
        e.ToTable("opendata_datasets");
        e.HasKey(d => d.Id);
        e.Property(d => d.Name).HasMaxLength(100);
        e.HasIndex(d => d.Name).IsUnique();
        e.Property(d => d.Title).HasMaxLength(200);
        e.Property(d => d.Description).HasMaxLength(4000);
        e.Property(d => d.Tags).HasMaxLength(1000);
        e.Property(d => d.Department).HasMaxLength(40);
        e.Property(d => d.Licence).HasMaxLength(40);
        e.Property(d => d.UpdateFrequency).HasMaxLength(100);
        e.Property(d => d.SpatialCoverage).HasMaxLength(200);
        e.Property(d => d.TemporalCoverage).HasMaxLength(200);
        e.Property(d => d.Contact).HasMaxLength(300);
        e.Property(d => d.SchemaId).HasMaxLength(60);
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(d => new { d.Status, d.Department });
        e.HasMany(d => d.Resources).WithOne().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> e)
    {
        e.ToTable("opendata_resources");
        e.HasKey(r => r.Id);
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.Description).HasMaxLength(2000);
        e.Property(r => r.Format).HasMaxLength(20);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.LiveSource).HasMaxLength(40);
        e.Ignore(r => r.Current);
        e.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ResourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResourceVersionConfiguration : IEntityTypeConfiguration<ResourceVersion>
{
    public void Configure(EntityTypeBuilder<ResourceVersion> e)
    {
        e.ToTable("opendata_resource_versions");
        e.HasKey(v => v.Id);
        e.Property(v => v.Sha256).HasMaxLength(64);
        e.Property(v => v.SourceEncoding).HasMaxLength(20);
        e.Property(v => v.SourceFileName).HasMaxLength(200);
        e.Property(v => v.UploadedBy).HasMaxLength(120);
        e.HasIndex(v => new { v.ResourceId, v.Number }).IsUnique();
    }
}
