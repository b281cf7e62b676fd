using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Residents;

/// <summary><c>admin residents --limit N</c>: one tab-separated line per person, for operators and scripts.</summary>
internal sealed class ResidentsCommand(TsunaguDb db, AuditLog audit) : IAdminCommand
{
    public string Name => "residents";
    public string Usage => "[--limit N] [--purpose <text>] — person id, household id, kana name, birth date (audited)";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        var limit = 50;
        if (options["limit"] is { } l && (!int.TryParse(l, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            await Console.Error.WriteLineAsync("--limit must be a whole number of 1 or more.");
            return 2;
        }
        var purpose = options["purpose"] ?? "operator listing (admin residents)";
        var people = await db.Set<Person>().AsNoTracking().OrderBy(p => p.ResidentCode).Take(limit)
            .Select(p => new { p.Id, p.HouseholdId, p.FamilyNameKana, p.GivenNameKana, p.BirthDate }).ToListAsync(ct);
        var actor = HttpActorContext.CommandLineActor ?? "cli";
        // One entry for the listing as a whole names its size; the listing itself is the subject.
        await audit.AppendAsync(actor, "resident.list", ResidentDirectory.SubjectType, $"{people.Count} persons", purpose, ct);
        foreach (var p in people)
        {
            await output.WriteLineAsync(string.Join('\t', p.Id, p.HouseholdId, $"{p.FamilyNameKana} {p.GivenNameKana}",
                p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        return 0;
    }
}
