namespace Tsunagu.Web.Residents.DemoTown;

// 続柄 as the registry writes them.
internal static class Relationships
{
    public const string Head = "世帯主";
    public const string Wife = "妻";
    public const string Husband = "夫";
    public const string Child = "子";
    public const string Father = "父";
    public const string Mother = "母";
    public const string Grandchild = "孫";
    public const string ChildsWife = "子の妻";
}

// MarriedIn: the person joined the family on marriage, so is more likely to have moved into the town as an adult.
internal sealed record MemberPlan(string Relationship, Sex Sex, int Age, bool MarriedIn = false);

internal delegate List<MemberPlan> ShapeBuilder(SeededRandom random);

// FamilyMovedInChance: the share of such households that came to the town together (転勤, Iターン) rather than being born here.
internal sealed record HouseholdShape(string Name, int Weight, double FamilyMovedInChance, ShapeBuilder Build);

// The mix of household types gives Kokonoe's elderly-heavy pyramid: about 42% aged 65+, about 10% under 15,
// and 2.36 people per household. The weights were tuned against those totals, not taken from a census table.
internal static partial class HouseholdShapes
{
    private static readonly Weighted<HouseholdShape> s_shapes = new(new HouseholdShape[]
    {
        new("single elderly", 19, 0.02, SingleElderly),
        new("elderly couple", 19, 0.03, ElderlyCouple),
        new("middle-aged couple", 7, 0.10, MiddleAgedCouple),
        new("single working age", 10, 0.45, SingleWorkingAge),
        new("nuclear family", 11, 0.15, NuclearFamily),
        new("single parent", 3, 0.20, SingleParent),
        new("three generations", 13, 0.0, ThreeGenerations),
        new("elderly parent with adult child", 18, 0.0, ElderlyParentWithAdultChild),
    }.Select(s => (s, s.Weight)));

    public static HouseholdShape Pick(SeededRandom random) => s_shapes.Pick(random);

    private static List<MemberPlan> SingleElderly(SeededRandom random) =>
        [new(Relationships.Head, random.Chance(0.68) ? Sex.Female : Sex.Male, Ages.Elderly(random))];

    private static List<MemberPlan> ElderlyCouple(SeededRandom random)
    {
        var husband = Math.Min(Ages.Elderly(random), Ages.Oldest - 2);
        return Couple(random, husband, Ages.Wife(random, husband));
    }

    private static List<MemberPlan> MiddleAgedCouple(SeededRandom random)
    {
        var husband = random.Between(45, 69);
        return Couple(random, husband, Ages.Wife(random, husband));
    }

    private static List<MemberPlan> SingleWorkingAge(SeededRandom random) =>
        [new(Relationships.Head, random.Chance(0.6) ? Sex.Male : Sex.Female, random.Between(18, 64))];

    private static List<MemberPlan> NuclearFamily(SeededRandom random)
    {
        var husband = random.Between(27, 55);
        var wife = Ages.Wife(random, husband);
        var members = Couple(random, husband, wife);
        AddChildren(random, members, Relationships.Child, Math.Min(husband, wife), oldestAtHome: 24, random.Between(1, 3));
        return members;
    }

    private static List<MemberPlan> SingleParent(SeededRandom random)
    {
        var age = random.Between(28, 52);
        List<MemberPlan> members = [new(Relationships.Head, random.Chance(0.85) ? Sex.Female : Sex.Male, age)];
        AddChildren(random, members, Relationships.Child, age, oldestAtHome: 22, random.Between(1, 2));
        return members;
    }

    // A few couples register the wife as 世帯主; then the husband is 夫.
    private static List<MemberPlan> Couple(SeededRandom random, int husbandAge, int wifeAge) =>
        random.Chance(0.04)
            ? [new(Relationships.Head, Sex.Female, wifeAge), new(Relationships.Husband, Sex.Male, husbandAge, MarriedIn: true)]
            : [new(Relationships.Head, Sex.Male, husbandAge), new(Relationships.Wife, Sex.Female, wifeAge, MarriedIn: true)];

    private static void AddChildren(
        SeededRandom random, List<MemberPlan> members, string relationship, int youngerParentAge, int oldestAtHome, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (Ages.Child(random, youngerParentAge, oldestAtHome) is { } age)
            {
                members.Add(new(relationship, random.Chance(0.5) ? Sex.Male : Sex.Female, age));
            }
        }
    }
}
