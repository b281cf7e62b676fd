using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payments_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Fund = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<long>(type: "bigint", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PayerResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PayerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PayerKana = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnnualAmount = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Row = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PaymentNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Agency = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    InstalmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Result = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Refund = table.Column<long>(type: "bigint", nullable: false),
                    Resolved = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_instalments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PaymentNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConfirmationNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reissue = table.Column<int>(type: "integer", nullable: false),
                    Paid = table.Column<long>(type: "bigint", nullable: false),
                    PrintedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_instalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payments_instalments_payments_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "payments_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_assessments_Fund_FiscalYear_Number",
                table: "payments_assessments",
                columns: new[] { "Fund", "FiscalYear", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_assessments_Fund_FiscalYear_PayerResidentId",
                table: "payments_assessments",
                columns: new[] { "Fund", "FiscalYear", "PayerResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_assessments_HouseholdId",
                table: "payments_assessments",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_files_Sha256",
                table: "payments_files",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_instalments_AssessmentId_Number",
                table: "payments_instalments",
                columns: new[] { "AssessmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_instalments_PaymentNumber",
                table: "payments_instalments",
                column: "PaymentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_records_PaymentNumber",
                table: "payments_records",
                column: "PaymentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_payments_records_Result_Resolved",
                table: "payments_records",
                columns: new[] { "Result", "Resolved" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_files");

            migrationBuilder.DropTable(
                name: "payments_instalments");

            migrationBuilder.DropTable(
                name: "payments_records");

            migrationBuilder.DropTable(
                name: "payments_assessments");
        }
    }
}
