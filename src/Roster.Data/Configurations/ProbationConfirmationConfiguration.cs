using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class ProbationConfirmationConfiguration : IEntityTypeConfiguration<ProbationConfirmationEntity>
{
    public void Configure(EntityTypeBuilder<ProbationConfirmationEntity> builder)
    {
        builder.ToTable("probation_confirmations");
        builder.Property(c => c.Source).HasMaxLength(ProbationConfirmationEntity.MaxSourceLength).IsRequired();
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        // Idempotency: the same confirmation again is the stored one.
        builder.HasIndex(c => new { c.PostId, c.PersonId, c.ConfirmedOn, c.Source }).IsUnique();
        builder.Property(c => c.PersonReason).HasConversion<string>().HasMaxLength(24);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Post).WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Restrict);
    }
}
