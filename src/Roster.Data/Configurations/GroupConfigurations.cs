using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roster.Data.Entities;
using Roster.Domain.Groups;

namespace Roster.Data.Configurations;

internal sealed class GroupRosterConfiguration : IEntityTypeConfiguration<GroupRosterEntity>
{
    public void Configure(EntityTypeBuilder<GroupRosterEntity> builder)
    {
        builder.ToTable("group_rosters");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SourceDocument).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Issuer).HasMaxLength(RosterValidator.MaxTextLength).IsRequired();
        builder.Property(r => r.OfficeAt).HasMaxLength(RosterValidator.MaxTextLength);
        builder.Property(r => r.SourceGazette).HasMaxLength(260);
        builder.Property(r => r.SubmittedBy).HasMaxLength(RosterValidator.MaxTextLength);
        // Idempotency and ALREADY_EXISTS rest on this index, checked in the submitting transaction.
        builder.HasIndex(r => new { r.SourceDocument, r.GroupId }).IsUnique();
        // The version in force on a date: seek by group, latest effective date at or before it.
        builder.HasIndex(r => new { r.GroupId, r.EffectiveOn });
        builder.HasOne(r => r.Group).WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Seats).WithOne(s => s.Roster).HasForeignKey(s => s.RosterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SeatConfiguration : IEntityTypeConfiguration<SeatEntity>
{
    public void Configure(EntityTypeBuilder<SeatEntity> builder)
    {
        builder.ToTable("roster_seats");
        builder.Property(s => s.Role).HasMaxLength(RosterValidator.MaxTextLength).IsRequired();
        builder.Property(s => s.HolderKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.TitleText).HasMaxLength(RosterValidator.MaxTextLength);
        builder.Property(s => s.ExOfficio).HasMaxLength(RosterValidator.MaxTextLength);
        builder.Property(s => s.MemberUnit).HasMaxLength(RosterValidator.MaxTextLength);
        builder.Property(s => s.Organization).HasMaxLength(RosterValidator.MaxTextLength);
        builder.HasIndex(s => new { s.RosterId, s.Position }).IsUnique();
        builder.HasIndex(s => s.PersonId);
        builder.HasIndex(s => s.Organization);
        builder.Property(s => s.PersonReason).HasConversion<string>().HasMaxLength(24);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttestationConfiguration : IEntityTypeConfiguration<AttestationEntity>
{
    public void Configure(EntityTypeBuilder<AttestationEntity> builder)
    {
        builder.ToTable("attestations");
        // A post's timeline is rebuilt from its order items and its attestations.
        builder.HasIndex(a => a.PostId);
        builder.HasIndex(a => a.RosterId);
        builder.HasOne(a => a.Roster).WithMany().HasForeignKey(a => a.RosterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Post).WithMany().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.PersonReason).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(a => a.PersonId);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PortfolioConfiguration : IEntityTypeConfiguration<PortfolioEntity>
{
    public void Configure(EntityTypeBuilder<PortfolioEntity> builder)
    {
        builder.ToTable("portfolios");
        builder.Property(p => p.Areas).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Source).HasMaxLength(RosterValidator.MaxTextLength);
        builder.Property(p => p.Government).HasMaxLength(RosterValidator.MaxTextLength);
        builder.HasIndex(p => new { p.FromOn, p.ToOn });
        builder.HasIndex(p => p.PersonId);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
