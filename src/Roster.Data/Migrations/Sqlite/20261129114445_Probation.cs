using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmedOn",
                table: "tenures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "probation_confirmations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
