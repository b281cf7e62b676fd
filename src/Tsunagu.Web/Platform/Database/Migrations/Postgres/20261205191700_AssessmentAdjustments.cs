using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "payments_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OldAnnual = table.Column<long>(type: "bigint", nullable: false),
                    NewAnnual = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdjustedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AdjustedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reissued = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Refund = table.Column<long>(type: "bigint", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false)
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
