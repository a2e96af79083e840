using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;

namespace Roster.Data.Configurations;

internal sealed class JudgementConfiguration : IEntityTypeConfiguration<JudgementEntity>
{
    public void Configure(EntityTypeBuilder<JudgementEntity> builder)
    {
        builder.ToTable("person_judgements");
        builder.Property(j => j.Verdict).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Note).HasMaxLength(500);
        builder.Property(j => j.SubmittedBy).HasMaxLength(200);
        builder.HasIndex(j => j.FirstId);
        builder.HasIndex(j => j.SecondId);
        builder.HasOne<PersonEntity>().WithMany().HasForeignKey(j => j.FirstId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PersonEntity>().WithMany().HasForeignKey(j => j.SecondId).OnDelete(DeleteBehavior.Restrict);
    }
}
