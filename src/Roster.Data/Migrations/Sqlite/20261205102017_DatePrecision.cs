using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DatePrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EndPrecision",
                table: "tenures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StartPrecision",
                table: "tenures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EffectivePrecision",
                table: "orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndPrecision",
                table: "changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StartPrecision",
                table: "changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndPrecision",
                table: "tenures");

            migrationBuilder.DropColumn(
                name: "StartPrecision",
                table: "tenures");

            migrationBuilder.DropColumn(
                name: "EffectivePrecision",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "EndPrecision",
                table: "changes");

            migrationBuilder.DropColumn(
                name: "StartPrecision",
                table: "changes");
        }
    }
}
