using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Residents.DemoTown;

/// <summary>Writes the synthetic demo town into an empty registry. Same seed, same town.</summary>
internal sealed class DemoTownSeeder(TsunaguDb db, IConfiguration configuration, ILogger<DemoTownSeeder> logger) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        var people = configuration.GetValue("Tsunagu:DemoTown:People", 7800);
        if (people <= 0 || await db.Set<Household>().AnyAsync(ct))
        {
            return;
        }
        var seed = configuration.GetValue("Tsunagu:DemoTown:RandomSeed", 444618);
        var town = DemoTownGenerator.Generate(seed, people);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<Household>().AddRange(town.Households);
            db.Set<SealRegistration>().AddRange(town.SealRegistrations);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        });
        logger.LogInformation("Seeded the demo town: {People} people in {Households} households", town.People.Count, town.Households.Count);
    }
}
