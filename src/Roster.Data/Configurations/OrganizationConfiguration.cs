using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Orders;

namespace Roster.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<OrganizationEntity>
{
    public void Configure(EntityTypeBuilder<OrganizationEntity> builder)
    {
        builder.ToTable("organizations");
        builder.Property(o => o.Name).HasMaxLength(OrderValidator.MaxNameLength).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
