using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "card_holders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Serial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_holders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certificates_issuances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Serial = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    KindName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Copies = table.Column<int>(type: "integer", nullable: false),
                    Fee = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VerificationCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates_issuances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certificates_kiosk_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TerminalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Challenge = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChallengeSpentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CardSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates_kiosk_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certificates_kiosk_terminals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates_kiosk_terminals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_card_holders_Issuer_Serial",
                table: "card_holders",
                columns: new[] { "Issuer", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_issuances_IdempotencyKey",
                table: "certificates_issuances",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_issuances_IssuedAt",
                table: "certificates_issuances",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_issuances_Serial",
                table: "certificates_issuances",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_issuances_SubjectResidentId",
                table: "certificates_issuances",
                column: "SubjectResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_kiosk_sessions_ExpiresAt",
                table: "certificates_kiosk_sessions",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_kiosk_terminals_KeyHash",
                table: "certificates_kiosk_terminals",
                column: "KeyHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_holders");

            migrationBuilder.DropTable(
                name: "certificates_issuances");

            migrationBuilder.DropTable(
                name: "certificates_kiosk_sessions");

            migrationBuilder.DropTable(
                name: "certificates_kiosk_terminals");
        }
    }
}
