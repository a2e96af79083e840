using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Roster.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganizationLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organization_lineage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FormerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    NewName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    RelatedId = table.Column<long>(type: "bigint", nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Issuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_lineage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_lineage_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_lineage_organizations_RelatedId",
                        column: x => x.RelatedId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organization_lineage_FormerName",
                table: "organization_lineage",
                column: "FormerName");

            migrationBuilder.CreateIndex(
                name: "IX_organization_lineage_OrganizationId",
                table: "organization_lineage",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_lineage_RelatedId",
                table: "organization_lineage",
                column: "RelatedId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_lineage");
        }
    }
}
