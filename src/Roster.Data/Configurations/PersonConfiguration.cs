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
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
