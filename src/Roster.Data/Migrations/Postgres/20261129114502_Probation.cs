using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Roster.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Probation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "tenures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmedOn",
                table: "tenures",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "probation_confirmations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    PostId = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_probation_confirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_probation_confirmations_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_probation_confirmations_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tenures_ProbationUntil",
                table: "tenures",
                column: "ProbationUntil");

            migrationBuilder.CreateIndex(
                name: "IX_probation_confirmations_PersonId",
                table: "probation_confirmations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_probation_confirmations_PostId_PersonId_ConfirmedOn_Source",
                table: "probation_confirmations",
                columns: new[] { "PostId", "PersonId", "ConfirmedOn", "Source" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "probation_confirmations");

            migrationBuilder.DropIndex(
                name: "IX_tenures_ProbationUntil",
                table: "tenures");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "tenures");

            migrationBuilder.DropColumn(
                name: "ConfirmedOn",
                table: "tenures");
        }
    }
}
