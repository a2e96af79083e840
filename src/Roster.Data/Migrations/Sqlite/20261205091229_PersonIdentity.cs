using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    // People stop being unique by name (docs/identity.md). Rows stored before keep their person, one per distinct name,
    // with the reason "Migrated"; the next write naming that name re-derives its people by the rules.
    public partial class PersonIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_Name",
                table: "people");

            migrationBuilder.AddColumn<string>(
                name: "PersonReason",
                table: "roster_seats",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "Migrated");

            migrationBuilder.AddColumn<string>(
                name: "PersonReason",
                table: "probation_confirmations",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "Migrated");

            migrationBuilder.AddColumn<string>(
                name: "Jurisdiction",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RedirectsToId",
                table: "people",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NamedPersonId",
                table: "order_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonReason",
                table: "order_items",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "Migrated");

            migrationBuilder.AddColumn<long>(
                name: "MergedIntoId",
                table: "changes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PersonId",
                table: "changes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonReason",
                table: "attestations",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "Migrated");

            migrationBuilder.CreateTable(
                name: "person_judgements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstId = table.Column<long>(type: "INTEGER", nullable: false),
                    SecondId = table.Column<long>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_judgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_judgements_people_FirstId",
                        column: x => x.FirstId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_person_judgements_people_SecondId",
                        column: x => x.SecondId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_Name",
                table: "people",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_people_RedirectsToId",
                table: "people",
                column: "RedirectsToId");

            migrationBuilder.CreateIndex(
                name: "IX_person_judgements_FirstId",
                table: "person_judgements",
                column: "FirstId");

            migrationBuilder.CreateIndex(
                name: "IX_person_judgements_SecondId",
                table: "person_judgements",
                column: "SecondId");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_judgements");

            migrationBuilder.DropIndex(
                name: "IX_people_Name",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_RedirectsToId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "PersonReason",
                table: "roster_seats");

            migrationBuilder.DropColumn(
                name: "PersonReason",
                table: "probation_confirmations");

            migrationBuilder.DropColumn(
                name: "Jurisdiction",
                table: "people");

            migrationBuilder.DropColumn(
                name: "RedirectsToId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "NamedPersonId",
                table: "order_items");

            migrationBuilder.DropColumn(
                name: "PersonReason",
                table: "order_items");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "changes");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "changes");

            migrationBuilder.DropColumn(
                name: "PersonReason",
                table: "attestations");

            migrationBuilder.CreateIndex(
                name: "IX_people_Name",
                table: "people",
                column: "Name",
                unique: true);
        }
    }
}
