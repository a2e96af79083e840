using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Roster.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnomalyProjection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "anomalies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    PostId = table.Column<long>(type: "bigint", nullable: true),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Message = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Organization = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Persons = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PersonsKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Documents = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DocumentsKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FromOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anomalies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_anomalies_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_anomalies_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "projection_states",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    BuiltAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projection_states", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_anomalies_FromOn_Code",
                table: "anomalies",
                columns: new[] { "FromOn", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_anomalies_OrganizationId_FromOn",
                table: "anomalies",
                columns: new[] { "OrganizationId", "FromOn" });

            migrationBuilder.CreateIndex(
                name: "IX_anomalies_PostId",
                table: "anomalies",
                column: "PostId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "anomalies");

            migrationBuilder.DropTable(
                name: "projection_states");
        }
    }
}
