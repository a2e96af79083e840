using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Orders;

namespace Roster.Data.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<PostEntity>
{
    public void Configure(EntityTypeBuilder<PostEntity> builder)
    {
        builder.ToTable("posts");
        builder.Property(p => p.Title).HasMaxLength(OrderValidator.MaxNameLength).IsRequired();
        builder.Property(p => p.Rank).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.OrganizationId, p.Title }).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.Rank });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
