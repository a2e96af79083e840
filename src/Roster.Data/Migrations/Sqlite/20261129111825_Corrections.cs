using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roster.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectionKind",
                table: "orders",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectsDocumentNumber",
                table: "orders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_CorrectsDocumentNumber",
                table: "orders",
                column: "CorrectsDocumentNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_CorrectsDocumentNumber",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "CorrectionKind",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "CorrectsDocumentNumber",
                table: "orders");
        }
    }
}
