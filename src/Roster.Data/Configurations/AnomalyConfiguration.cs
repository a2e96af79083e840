using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class AnomalyConfiguration : IEntityTypeConfiguration<AnomalyEntity>
{
    public void Configure(EntityTypeBuilder<AnomalyEntity> builder)
    {
        builder.ToTable("anomalies");
        builder.Property(a => a.Code).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Message).IsRequired();
        // ListAnomalies on a date: a range on from_on, then the rest of the detector's order.
        builder.HasIndex(a => new { a.FromOn, a.Code });
        builder.HasIndex(a => new { a.OrganizationId, a.FromOn });
        builder.HasIndex(a => a.PostId);
        builder.HasOne<OrganizationEntity>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PostEntity>().WithMany().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectionStateConfiguration : IEntityTypeConfiguration<ProjectionStateEntity>
{
    public void Configure(EntityTypeBuilder<ProjectionStateEntity> builder)
    {
        builder.ToTable("projection_states");
        builder.HasKey(p => p.Name);
        builder.Property(p => p.Name).HasMaxLength(64);
    }
}
