using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Counter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "counter_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StaffId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResidentName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ResidentKana = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    LifeEvents = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    CorrectionsJson = table.Column<string>(type: "text", nullable: false),
                    Forms = table.Column<int>(type: "integer", nullable: false),
                    PrefilledFields = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counter_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "counter_visit_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    TakenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counter_visit_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_counter_visit_items_counter_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "counter_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_counter_visit_items_Department_Status",
                table: "counter_visit_items",
                columns: new[] { "Department", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_counter_visit_items_VisitId_ProcedureId",
                table: "counter_visit_items",
                columns: new[] { "VisitId", "ProcedureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_counter_visits_Day_Number",
                table: "counter_visits",
                columns: new[] { "Day", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_counter_visits_StartedAt",
                table: "counter_visits",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counter_visit_items");

            migrationBuilder.DropTable(
                name: "counter_visits");
        }
    }
}
