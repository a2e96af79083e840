using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Names;
using Roster.Domain.Orders;

namespace Roster.Data.Configurations;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<ChangeEntity>
{
    public void Configure(EntityTypeBuilder<ChangeEntity> builder)
    {
        builder.ToTable("changes");
        builder.Property(c => c.Kind).HasMaxLength(32).IsRequired();
        builder.Property(c => c.DocumentNumber).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Organization).HasMaxLength(OrderValidator.MaxNameLength).IsRequired();
        builder.Property(c => c.PostTitle).HasMaxLength(OrderValidator.MaxNameLength);
        builder.Property(c => c.Person).HasMaxLength(PersonName.MaxLength);
        builder.Property(c => c.StartedBy).HasMaxLength(64);
        builder.Property(c => c.EndedBy).HasMaxLength(64);
        // A filtered watch seeks by organisation or person, then reads in cursor order.
        builder.HasIndex(c => new { c.Organization, c.Id });
        builder.HasIndex(c => new { c.Person, c.Id });
    }
}
