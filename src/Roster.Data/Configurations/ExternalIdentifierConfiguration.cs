using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class ExternalIdentifierConfiguration : IEntityTypeConfiguration<ExternalIdentifierEntity>
{
    public void Configure(EntityTypeBuilder<ExternalIdentifierEntity> builder)
    {
        builder.ToTable("external_identifiers");
        builder.Property(e => e.Scheme).HasMaxLength(32).IsRequired();
        builder.Property(e => e.Value).HasMaxLength(100).IsRequired();
        builder.Property(e => e.SubmittedBy).HasMaxLength(200);
        // One (scheme, value) names one subject: the lookup is this index.
        builder.HasIndex(e => new { e.Scheme, e.Value }).IsUnique();
        builder.HasIndex(e => e.PersonId);
        builder.HasIndex(e => e.OrganizationId);
        builder.HasOne<PersonEntity>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganizationEntity>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
