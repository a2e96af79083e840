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
        // A redirect is followed by id; no foreign key, so SQLite adds the column without rebuilding the table (a rebuild
        // runs PRAGMA foreign_keys outside the migration's transaction).
        builder.HasIndex(p => p.RedirectsToId);
    }
}
