using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessmentAdjustments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "payments_assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "payments_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldAnnual = table.Column<long>(type: "INTEGER", nullable: false),
                    NewAnnual = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdjustedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AdjustedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reissued = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Refund = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payments_adjustments_payments_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "payments_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_adjustments_AssessmentId",
                table: "payments_adjustments",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_adjustments_SubmissionKey",
                table: "payments_adjustments",
                column: "SubmissionKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_adjustments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "payments_assessments");
        }
    }
}
