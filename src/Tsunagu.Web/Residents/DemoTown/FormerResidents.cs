namespace Tsunagu.Web.Residents.DemoTown;

// A real registry keeps 除票 for people who left: children who moved to Oita or Fukuoka for work, spouses who died.
// They are never the head, so every household still has exactly one current 世帯主.
internal static class FormerResidents
{
    public static void Add(IReadOnlyList<Household> households, ResidentFactory factory, SeededRandom random)
    {
        foreach (var household in households)
        {
            var head = household.Members[0];
            var headAge = head.AgeOn(DemoTownGenerator.AsOf);
            if (household.Members.Count == 1 && head.Sex == Sex.Male && headAge >= 70 && random.Chance(0.25))
            {
                AddLateWife(household, head, headAge, factory, random);
            }
            else if (headAge is >= 45 and <= 75 && random.Chance(0.06))
            {
                AddChildWhoMovedAway(household, head, headAge, factory, random);
            }
        }
    }

    private static void AddLateWife(Household household, Person head, int headAge, ResidentFactory factory, SeededRandom random)
    {
        var plan = new MemberPlan(Relationships.Wife, Sex.Female, Ages.Wife(random, headAge), MarriedIn: true);
        var wife = factory.CreatePerson(plan, SurnameOf(head), household);
        var from = Later(wife.BecameResidentOn, DemoTownGenerator.AsOf.AddYears(-6));
        Ensure(wife.RecordDeath(random.DateBetween(from, DemoTownGenerator.AsOf.AddDays(-30))));
        household.Members.Add(wife);
    }

    private static void AddChildWhoMovedAway(Household household, Person head, int headAge, ResidentFactory factory, SeededRandom random)
    {
        var spouse = household.Members.FirstOrDefault(m => m.Relationship is Relationships.Wife or Relationships.Husband);
        var youngerParentAge = Math.Min(headAge, spouse?.AgeOn(DemoTownGenerator.AsOf) ?? headAge);
        if (Ages.Child(random, youngerParentAge, oldestChildAtHome: 35) is not { } age || age < 18)
        {
            return;
        }
        var plan = new MemberPlan(Relationships.Child, random.Chance(0.5) ? Sex.Male : Sex.Female, age);
        var child = factory.CreatePerson(plan, SurnameOf(head), household);
        var from = Later(Later(child.BecameResidentOn, child.BirthDate.AddYears(18)), DemoTownGenerator.AsOf.AddYears(-5));
        Ensure(child.MoveOut(random.DateBetween(from, DemoTownGenerator.AsOf.AddDays(-1))));
        household.Members.Add(child);
    }

    private static Name SurnameOf(Person person) => new(person.FamilyName, person.FamilyNameKana);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static void Ensure(RegistryResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo town generation broke a registry rule: {result.Error!.Message}");
        }
    }
}
