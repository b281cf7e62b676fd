using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Procedures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedures_application_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_application_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProcedureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureVersion = table.Column<int>(type: "integer", nullable: false),
                    Department = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    Owner = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureVersion = table.Column<int>(type: "integer", nullable: false),
                    Owner = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures_versions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_application_history_ApplicationId",
                table: "procedures_application_history",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_DraftId",
                table: "procedures_applications",
                column: "DraftId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_Owner",
                table: "procedures_applications",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_procedures_applications_ReceiptNumber",
                table: "procedures_applications",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_drafts_Owner_ProcedureId",
                table: "procedures_drafts",
                columns: new[] { "Owner", "ProcedureId" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_versions_ProcedureId_Version",
                table: "procedures_versions",
                columns: new[] { "ProcedureId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedures_application_history");

            migrationBuilder.DropTable(
                name: "procedures_applications");

            migrationBuilder.DropTable(
                name: "procedures_drafts");

            migrationBuilder.DropTable(
                name: "procedures_versions");
        }
    }
}
