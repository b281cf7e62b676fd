using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Resolution",
                table: "payments_records",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolvedAt",
                table: "payments_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedBy",
                table: "payments_records",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "payments_records",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "payments_reminder_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstalmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Unpaid = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_reminder_notices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_reminder_notices_InstalmentId",
                table: "payments_reminder_notices",
                column: "InstalmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_reminder_notices");

            migrationBuilder.DropColumn(
                name: "Resolution",
                table: "payments_records");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "payments_records");

            migrationBuilder.DropColumn(
                name: "ResolvedBy",
                table: "payments_records");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "payments_records");
        }
    }
}
