using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class SeedImportConfiguration : IEntityTypeConfiguration<SeedImportEntity>
{
    public void Configure(EntityTypeBuilder<SeedImportEntity> builder)
    {
        builder.ToTable("seed_imports");
        builder.Property(s => s.FileName).HasMaxLength(260).IsRequired();
        builder.Property(s => s.Sha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.Sha256).IsUnique();
    }
}
