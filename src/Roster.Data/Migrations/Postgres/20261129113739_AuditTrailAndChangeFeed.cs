using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Roster.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditTrailAndChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Office = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Method = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    RequestId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Message = table.Column<string>(type: "character varying(301)", maxLength: 301, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Organization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    PostTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Person = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    KnownSince = table.Column<DateOnly>(type: "date", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProbationUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    EndedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    PreviousKnownSince = table.Column<DateOnly>(type: "date", nullable: true),
                    PreviousEndOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_Actor_Id",
                table: "audit_events",
                columns: new[] { "Actor", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_OccurredAt_Id",
                table: "audit_events",
                columns: new[] { "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_Target_Id",
                table: "audit_events",
                columns: new[] { "Target", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_changes_Organization_Id",
                table: "changes",
                columns: new[] { "Organization", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_changes_Person_Id",
                table: "changes",
                columns: new[] { "Person", "Id" });

            // Both logs are append-only: the database itself refuses updates, deletes and truncation.
            migrationBuilder.Sql("CREATE FUNCTION roster_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;");
            foreach (var table in new[] { "audit_events", "changes" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION roster_append_only();");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION roster_append_only();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "audit_events", "changes" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_change ON {table};");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};");
            }
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS roster_append_only();");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "changes");
        }
    }
}
