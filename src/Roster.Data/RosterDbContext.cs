using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;

namespace Roster.Data;

/// <summary>The Roster database: orders and their items (never changed once stored), the people, organisations
/// and posts they name, group rosters with their seats and the attestations read from them, portfolios,
/// the tenures derived from orders and attestations, the seed files imported, and two append-only logs: the audit trail of
/// write attempts and the change feed.
/// This type is the SQLite context (migrations in <c>Migrations/Sqlite</c>); <see cref="PostgresRosterDbContext"/>
/// derives from it for PostgreSQL. Services ask for <see cref="RosterDbContext"/> and get the configured one.</summary>
public class RosterDbContext : DbContext
{
    /// <summary>The SQLite context.</summary>
    public RosterDbContext(DbContextOptions<RosterDbContext> options) : base(options)
    {
    }

    /// <summary>For a provider's derived context type.</summary>
    protected RosterDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<PersonEntity> People => Set<PersonEntity>();
    public DbSet<JudgementEntity> Judgements => Set<JudgementEntity>();
    public DbSet<ExternalIdentifierEntity> ExternalIdentifiers => Set<ExternalIdentifierEntity>();
    public DbSet<OrganizationEntity> Organizations => Set<OrganizationEntity>();
    public DbSet<LineageEventEntity> LineageEvents => Set<LineageEventEntity>();
    public DbSet<PostEntity> Posts => Set<PostEntity>();
    public DbSet<OrderEntity> Orders => Set<OrderEntity>();
    public DbSet<OrderItemEntity> OrderItems => Set<OrderItemEntity>();
    public DbSet<TenureEntity> Tenures => Set<TenureEntity>();
    public DbSet<SeedImportEntity> SeedImports => Set<SeedImportEntity>();
    public DbSet<GroupRosterEntity> GroupRosters => Set<GroupRosterEntity>();
    public DbSet<SeatEntity> Seats => Set<SeatEntity>();
    public DbSet<AttestationEntity> Attestations => Set<AttestationEntity>();
    public DbSet<PortfolioEntity> Portfolios => Set<PortfolioEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();
    public DbSet<AuditEventEntity> AuditEvents => Set<AuditEventEntity>();
    public DbSet<ChangeEntity> Changes => Set<ChangeEntity>();
    public DbSet<ProbationConfirmationEntity> ProbationConfirmations => Set<ProbationConfirmationEntity>();
    public DbSet<AnomalyEntity> Anomalies => Set<AnomalyEntity>();
    public DbSet<ProjectionStateEntity> ProjectionStates => Set<ProjectionStateEntity>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RosterDbContext).Assembly);
}
