using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagu.Web.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Card : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "card_bindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Serial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_bindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "card_challenges",
                columns: table => new
                {
                    NonceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_challenges", x => x.NonceHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_card_bindings_AccountId",
                table: "card_bindings",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_card_bindings_Issuer_Serial",
                table: "card_bindings",
                columns: new[] { "Issuer", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_card_challenges_ExpiresAt",
                table: "card_challenges",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_bindings");

            migrationBuilder.DropTable(
                name: "card_challenges");
        }
    }
}
