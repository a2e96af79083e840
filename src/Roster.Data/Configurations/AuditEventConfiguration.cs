using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Audit;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEventEntity>
{
    public void Configure(EntityTypeBuilder<AuditEventEntity> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(a => a.ActorKind).HasMaxLength(16).IsRequired();
        builder.Property(a => a.Actor).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Office).HasMaxLength(200);
        builder.Property(a => a.Method).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Target).HasMaxLength(AuditLimits.TextLength).IsRequired();
        builder.Property(a => a.RequestId).HasMaxLength(AuditLimits.RequestIdLength).IsRequired();
        builder.Property(a => a.Outcome).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Status).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(64);
        builder.Property(a => a.Message).HasMaxLength(AuditLimits.TextLength + 1);
        builder.HasIndex(a => new { a.Target, a.Id });
        builder.HasIndex(a => new { a.Actor, a.Id });
        builder.HasIndex(a => new { a.OccurredAt, a.Id });
    }
}
