using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FormerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NewName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RelatedId = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
