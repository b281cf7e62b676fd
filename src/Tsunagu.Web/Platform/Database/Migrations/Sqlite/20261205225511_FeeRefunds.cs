using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeeRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Department",
                table: "payments_fee_charges",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundReason",
                table: "payments_fee_charges",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundReference",
                table: "payments_fee_charges",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefundedAt",
                table: "payments_fee_charges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundedBy",
                table: "payments_fee_charges",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_fee_charges_ReceiptNumber",
                table: "payments_fee_charges",
                column: "ReceiptNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payments_fee_charges_ReceiptNumber",
                table: "payments_fee_charges");

            migrationBuilder.DropColumn(
                name: "Department",
                table: "payments_fee_charges");

            migrationBuilder.DropColumn(
                name: "RefundReason",
                table: "payments_fee_charges");

            migrationBuilder.DropColumn(
                name: "RefundReference",
                table: "payments_fee_charges");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "payments_fee_charges");

            migrationBuilder.DropColumn(
                name: "RefundedBy",
                table: "payments_fee_charges");
        }
    }
}
