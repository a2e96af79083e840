using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StartPrecision",
                table: "tenures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EffectivePrecision",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndPrecision",
                table: "changes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StartPrecision",
                table: "changes",
                type: "integer",
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
