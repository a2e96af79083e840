using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Names;

namespace Roster.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonEntity>
{
    public void Configure(EntityTypeBuilder<PersonEntity> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.Name).HasMaxLength(PersonName.MaxLength).IsRequired();
        builder.Property(p => p.Jurisdiction).HasMaxLength(100);
        // Several people may share a name (docs/identity.md); lookups by name stay an index seek.
        builder.HasIndex(p => p.Name);
        builder.HasOne<PersonEntity>().WithMany().HasForeignKey(p => p.RedirectsToId).OnDelete(DeleteBehavior.Restrict);
    }
}
