using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyEntity>
{
    public void Configure(EntityTypeBuilder<ApiKeyEntity> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Prefix).HasMaxLength(32).IsRequired();
        builder.Property(k => k.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(k => k.Office).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Role).HasMaxLength(16).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(100).IsRequired();
        builder.HasIndex(k => k.Prefix).IsUnique();
    }
}
