namespace Tsunagu.Web.Residents.DemoTown;

// A synthetic 九重町 for demos and tests: real 大字 and postal codes, invented people. Never load real residents here.
public sealed record DemoTown(IReadOnlyList<Household> Households, IReadOnlyList<SealRegistration> SealRegistrations)
{
    // Everyone on the registry, 除票 (moved out, died) included; filter on Status for current residents.
    public IReadOnlyList<Person> People { get; } = [.. Households.SelectMany(h => h.Members)];
}

public static class DemoTownGenerator
{
    public const int DefaultPeople = 7800;

    // Ages, move-in dates and seal dates are all relative to this day, never the clock, so a seed always gives the same town.
    public static readonly DateOnly AsOf = new(2026, 10, 1);

    // targetPeople counts current residents; the few 除票 (about 1.5%) come on top, as they would in a real registry.
    public static DemoTown Generate(int seed, int targetPeople = DefaultPeople)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetPeople);
        var random = new SeededRandom(seed);
        var factory = new ResidentFactory(random);
        var households = new List<Household>();
        var residents = 0;
        while (residents < targetPeople)
        {
            var household = factory.CreateHousehold(HouseholdShapes.Pick(random));
            households.Add(household);
            residents += household.Members.Count;
        }
        FormerResidents.Add(households, factory, random);
        var seals = SealRegistrations.Create(households.SelectMany(h => h.Members), random);
        return new DemoTown(households, seals);
    }
}
