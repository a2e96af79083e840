using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Groups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttestedBy",
                table: "tenures",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "group_rosters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficeAt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SourceGazette = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    SourceLineStart = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceLineEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_rosters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_group_rosters_organizations_GroupId",
                        column: x => x.GroupId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "portfolios",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portfolios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_portfolios_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attestations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    AttestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attestations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attestations_group_rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "group_rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_attestations_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_attestations_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roster_seats",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: true),
                    TitleText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExOfficio = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MemberUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Concurrent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roster_seats_group_rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "group_rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roster_seats_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attestations_PersonId",
                table: "attestations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_attestations_PostId",
                table: "attestations",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_attestations_RosterId",
                table: "attestations",
                column: "RosterId");

            migrationBuilder.CreateIndex(
                name: "IX_group_rosters_GroupId_EffectiveOn",
                table: "group_rosters",
                columns: new[] { "GroupId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_group_rosters_SourceDocument_GroupId",
                table: "group_rosters",
                columns: new[] { "SourceDocument", "GroupId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portfolios_FromOn_ToOn",
                table: "portfolios",
                columns: new[] { "FromOn", "ToOn" });

            migrationBuilder.CreateIndex(
                name: "IX_portfolios_PersonId",
                table: "portfolios",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_roster_seats_Organization",
                table: "roster_seats",
                column: "Organization");

            migrationBuilder.CreateIndex(
                name: "IX_roster_seats_PersonId",
                table: "roster_seats",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_roster_seats_RosterId_Position",
                table: "roster_seats",
                columns: new[] { "RosterId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attestations");

            migrationBuilder.DropTable(
                name: "portfolios");

            migrationBuilder.DropTable(
                name: "roster_seats");

            migrationBuilder.DropTable(
                name: "group_rosters");

            migrationBuilder.DropColumn(
                name: "AttestedBy",
                table: "tenures");
        }
    }
}
