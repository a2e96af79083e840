using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Orders;

namespace Roster.Data.Configurations;

internal sealed class LineageEventConfiguration : IEntityTypeConfiguration<LineageEventEntity>
{
    public void Configure(EntityTypeBuilder<LineageEventEntity> builder)
    {
        builder.ToTable("organization_lineage");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.FormerName).HasMaxLength(OrderValidator.MaxNameLength);
        builder.Property(e => e.NewName).HasMaxLength(OrderValidator.MaxNameLength);
        builder.Property(e => e.Source).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Issuer).HasMaxLength(OrderValidator.MaxNameLength);
        builder.Property(e => e.SubmittedBy).HasMaxLength(200);
        builder.HasIndex(e => e.OrganizationId);
        builder.HasIndex(e => e.RelatedId);
        builder.HasIndex(e => e.FormerName);
        builder.HasOne<OrganizationEntity>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganizationEntity>().WithMany().HasForeignKey(e => e.RelatedId).OnDelete(DeleteBehavior.Restrict);
    }
}
