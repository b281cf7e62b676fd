using System.Globalization;

namespace Tsunagu.Web.Residents.DemoTown;

// About 40% of adults hold a registered seal; older landowners more often than young people.
internal static class SealRegistrations
{
    internal const double AbolishedShare = 0.03;

    public static List<SealRegistration> Create(IEnumerable<Person> people, SeededRandom random)
    {
        var applications = new List<(Person Person, DateOnly On)>();
        foreach (var person in people.Where(p => p.Status == ResidencyStatus.Resident))
        {
            var age = person.AgeOn(DemoTownGenerator.AsOf);
            if (age < 18 || !random.Chance(ShareAt(age)))
            {
                continue;
            }
            var adulthood = person.BirthDate.AddYears(18);
            var earliest = person.BecameResidentOn > adulthood ? person.BecameResidentOn : adulthood;
            applications.Add((person, random.DateBetween(earliest, DemoTownGenerator.AsOf)));
        }

        // 印鑑登録番号 are issued in sequence, so older registrations carry lower numbers; gaps are registrations of
        // people who have since left. OrderBy is stable, which keeps same-day ties in a seed-determined order.
        var registrations = new List<SealRegistration>(applications.Count);
        var number = 0;
        foreach (var (person, on) in applications.OrderBy(a => a.On))
        {
            number += random.Between(1, 3);
            var result = SealRegistration.Register(
                person, number.ToString("D6", CultureInfo.InvariantCulture), on, hasActiveRegistration: false);
            var registration = result.Value
                ?? throw new InvalidOperationException($"Demo town generation broke a registry rule: {result.Error?.Message}");
            // Register draws a random Guid; the demo town must be reproducible from its seed.
            registration.Id = random.NextGuid();
            if (on < DemoTownGenerator.AsOf && random.Chance(AbolishedShare))
            {
                registration.Abolish(random.DateBetween(on.AddDays(1), DemoTownGenerator.AsOf));
            }
            registrations.Add(registration);
        }
        return registrations;
    }

    private static double ShareAt(int age) => age switch
    {
        < 30 => 0.15,
        < 50 => 0.35,
        < 65 => 0.42,
        _ => 0.47,
    };
}
