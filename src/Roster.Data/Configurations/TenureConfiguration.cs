using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class TenureConfiguration : IEntityTypeConfiguration<TenureEntity>
{
    public void Configure(EntityTypeBuilder<TenureEntity> builder)
    {
        builder.ToTable("tenures");
        builder.Property(t => t.StartedBy).HasMaxLength(64);
        builder.Property(t => t.EndedBy).HasMaxLength(64);
        builder.Property(t => t.AttestedBy).HasMaxLength(64);
        builder.Property(t => t.ConfirmedBy).HasMaxLength(Entities.ProbationConfirmationEntity.MaxSourceLength);
        // Probation lists seek by the probation's end (ListProbations, docs/decisions.md probation).
        builder.HasIndex(t => t.ProbationUntil);
        // (post, date) is a lookup: the point-in-time query seeks by post and reads that post's few tenures.
        builder.HasIndex(t => new { t.PostId, t.KnownSince, t.EndOn });
        builder.HasIndex(t => new { t.PersonId, t.KnownSince });
        builder.HasOne(t => t.Post).WithMany().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
