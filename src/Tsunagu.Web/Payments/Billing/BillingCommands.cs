using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Billing;

/// <summary><c>billing slip --household &lt;id&gt; --fiscal-year &lt;year&gt; --out &lt;file.pdf&gt;</c>: re-prints one household's slips (same 納付番号).</summary>
internal sealed class SlipCommand(Billing billing) : IAdminCommand
{
    public string Name => "billing slip";
    public string Usage => "--household <registry household id> --fiscal-year <year> --out <file.pdf> — re-print a household's payment slips";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        if (!Guid.TryParse(options["household"], out var household) || !int.TryParse(options["fiscal-year"], CultureInfo.InvariantCulture, out var year)
            || options["out"] is not { Length: > 0 } file)
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        var pdf = await billing.HouseholdSlipsAsync(household, year, ct);
        if (pdf is null)
        {
            await Console.Error.WriteLineAsync($"Household {household} has no assessments for fiscal year {year}.");
            return 1;
        }
        await File.WriteAllBytesAsync(file, pdf, ct);
        await output.WriteLineAsync($"Wrote the slips of household {household} for {year} to {file}.");
        return 0;
    }
}

/// <summary><c>billing import --file &lt;assessments.csv&gt;</c> and <c>billing sample --fiscal-year &lt;year&gt; --out &lt;file.csv&gt;</c>.</summary>
internal sealed class ImportCommand(AssessmentImport import) : IAdminCommand
{
    public string Name => "billing import";
    public string Usage => "--file <assessments.csv> — import annual assessments (layout in docs/payments.md); nothing is applied if any row is wrong";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        if (options["file"] is not { Length: > 0 } file || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        await using var stream = File.OpenRead(file);
        var (created, problems) = await import.ImportAsync(stream, file, ct);
        foreach (var p in problems)
        {
            await output.WriteLineAsync($"row {p.Row}, {p.Column}: {p.Message}");
        }
        await output.WriteLineAsync(problems.Count == 0 ? $"Imported {created} assessments." : "Nothing was imported.");
        return problems.Count == 0 ? 0 : 1;
    }
}

internal sealed class SampleCommand(IRegistryExtracts registry) : IAdminCommand
{
    public string Name => "billing sample";
    public string Usage => "--fiscal-year <year> --out <file.csv> — write demo-town assessments in the import layout";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        if (!int.TryParse(options["fiscal-year"], CultureInfo.InvariantCulture, out var year) || options["out"] is not { Length: > 0 } file)
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        var lines = SampleAssessments.For(await registry.HouseholdsAsync(Billing.Purpose, ct), year);
        await File.WriteAllTextAsync(file, SampleAssessments.ToCsv(lines), ct);
        await output.WriteLineAsync($"Wrote {lines.Count} assessments to {file}.");
        return 0;
    }
}

/// <summary>The demo town is billed for the current fiscal year on first start, so slips and マイページ have something to show.</summary>
internal sealed class DemoBilling(TsunaguDb db, IRegistryExtracts registry, Billing billing, TimeProvider clock) : IDemoSeeder
{
    public int Order => 200;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<Assessment>().AnyAsync(ct))
        {
            return;
        }
        var today = Platform.Time.JapanTime.Today(clock);
        var year = today.Month >= 4 ? today.Year : today.Year - 1;
        await billing.CreateAsync(SampleAssessments.For(await registry.HouseholdsAsync(Billing.Purpose, ct), year), "demo", ct);
    }
}

/// <summary><c>billing adjust --assessment &lt;id&gt; --annual &lt;yen&gt; --reason &lt;text&gt;</c>: a 更正 by the operator, by the same rules as the staff page.</summary>
internal sealed class AdjustCommand(TsunaguDb db, Adjustments adjustments) : IAdminCommand
{
    public string Name => "billing adjust";
    public string Usage => "--assessment <id> --annual <yen> --reason <text> — 更正: re-plan the instalments not yet due, re-issue those whose amount changes";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        if (!Guid.TryParse(options["assessment"], out var id) || AssessmentRules.Amount(options["annual"], zeroAllowed: true) is not { } annual
            || options["reason"]?.Trim() is not { Length: > 0 and <= 100 } reason)
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        if (await db.Set<Assessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } assessment)
        {
            await Console.Error.WriteLineAsync($"Assessment {id} does not exist.");
            return 1;
        }
        var (done, refusal) = await adjustments.AdjustAsync(id, assessment.Version, annual, reason, Guid.NewGuid(), $"cli:{Environment.UserName}", ct);
        if (done is null)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }
        await output.WriteLineAsync($"Adjusted {id}: {done.OldAnnual} → {done.NewAnnual} yen; re-issued 期 {(done.Reissued.Length == 0 ? "none" : done.Reissued)}; refund {done.Refund} yen.");
        return 0;
    }
}
