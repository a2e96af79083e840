using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Orders;

namespace Roster.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<OrderEntity>
{
    public void Configure(EntityTypeBuilder<OrderEntity> builder)
    {
        builder.ToTable("orders");
        builder.Property(o => o.DocumentNumber).HasMaxLength(64).IsRequired();
        // Idempotency and ALREADY_EXISTS rest on this index, checked in the submitting transaction.
        builder.HasIndex(o => o.DocumentNumber).IsUnique();
        builder.Property(o => o.Issuer).HasMaxLength(OrderValidator.MaxNameLength).IsRequired();
        builder.Property(o => o.Title).HasMaxLength(OrderValidator.MaxTextLength).IsRequired();
        builder.Property(o => o.DecisionBody).HasMaxLength(OrderValidator.MaxTextLength);
        builder.Property(o => o.SourceGazette).HasMaxLength(260);
        builder.Property(o => o.SubmittedBy).HasMaxLength(OrderValidator.MaxNameLength);
        builder.HasIndex(o => new { o.Issuer, o.IssuedOn });
        builder.HasIndex(o => o.IssuedOn);
        // An order is revoked or amended at most once (checked in the submitting transaction, guarded here);
        // tenure derivation excludes the items of every order named here.
        builder.Property(o => o.CorrectsDocumentNumber).HasMaxLength(64);
        builder.Property(o => o.CorrectionKind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(o => o.CorrectsDocumentNumber).IsUnique();
        builder.HasMany(o => o.Items).WithOne(i => i.Order).HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
