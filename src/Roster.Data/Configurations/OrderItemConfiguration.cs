using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Orders;

namespace Roster.Data.Configurations;

internal sealed class OrderItemConfiguration : IEntityTypeConfiguration<OrderItemEntity>
{
    public void Configure(EntityTypeBuilder<OrderItemEntity> builder)
    {
        builder.ToTable("order_items");
        builder.Property(i => i.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Probation).HasMaxLength(16);
        builder.Property(i => i.Note).HasMaxLength(OrderValidator.MaxTextLength);
        builder.HasIndex(i => new { i.OrderId, i.Position }).IsUnique();
        // A post's timeline is rebuilt from all of its items.
        builder.HasIndex(i => i.PostId);
        builder.HasIndex(i => i.PersonId);
        builder.Property(i => i.PersonReason).HasConversion<string>().HasMaxLength(24);
        builder.HasOne(i => i.Person).WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Post).WithMany().HasForeignKey(i => i.PostId).OnDelete(DeleteBehavior.Restrict);
    }
}
