using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaperScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_paper_scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Department = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProcedureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PageImageSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReadJson = table.Column<string>(type: "text", nullable: false),
                    Problem = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SkewDegrees = table.Column<float>(type: "real", nullable: false),
                    UploadedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FieldsCorrected = table.Column<int>(type: "integer", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_paper_scans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_paper_scans_Department_Status",
                table: "cases_paper_scans",
                columns: new[] { "Department", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_paper_scans_IdempotencyKey",
                table: "cases_paper_scans",
                column: "IdempotencyKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_paper_scans");
        }
    }
}
