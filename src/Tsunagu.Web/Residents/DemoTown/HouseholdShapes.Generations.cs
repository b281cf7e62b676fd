namespace Tsunagu.Web.Residents.DemoTown;

// Households that span generations. In the countryside the house often stays registered to the older
// generation, so either the grandparents or the middle generation can be 世帯主.
internal static partial class HouseholdShapes
{
    private static List<MemberPlan> ThreeGenerations(SeededRandom random)
    {
        var son = random.Between(35, 62);
        var sonsWife = random.Chance(0.9) ? Ages.Wife(random, son) : (int?)null;
        var mother = son + random.Between(21, 36);
        var father = Math.Min(mother + random.Between(0, 7), Ages.Oldest);
        var hasMother = random.Chance(0.85);
        var hasFather = !hasMother || random.Chance(0.55);
        var oldGenerationIsHead = random.Chance(0.4);

        List<MemberPlan> members = [];
        if (oldGenerationIsHead)
        {
            if (hasFather)
            {
                members.Add(new(Relationships.Head, Sex.Male, father));
            }
            if (hasMother)
            {
                members.Add(new(hasFather ? Relationships.Wife : Relationships.Head, Sex.Female, mother, MarriedIn: hasFather));
            }
            members.Add(new(Relationships.Child, Sex.Male, son));
        }
        else
        {
            members.Add(new(Relationships.Head, Sex.Male, son));
        }
        if (sonsWife is { } wife)
        {
            members.Add(new(oldGenerationIsHead ? Relationships.ChildsWife : Relationships.Wife, Sex.Female, wife, MarriedIn: true));
        }
        if (!oldGenerationIsHead)
        {
            if (hasFather)
            {
                members.Add(new(Relationships.Father, Sex.Male, father));
            }
            if (hasMother)
            {
                members.Add(new(Relationships.Mother, Sex.Female, mother));
            }
        }
        var youngerParent = Math.Min(son, sonsWife ?? son);
        AddChildren(random, members, oldGenerationIsHead ? Relationships.Grandchild : Relationships.Child,
            youngerParent, oldestAtHome: 28, random.Between(1, 2));
        return members;
    }

    private static List<MemberPlan> ElderlyParentWithAdultChild(SeededRandom random)
    {
        var mother = Ages.Elderly(random);
        var father = Math.Min(mother + random.Between(0, 7), Ages.Oldest);
        var hasFather = random.Chance(0.3);
        var hasMother = !hasFather || random.Chance(0.9);
        var child = mother - random.Between(21, 36);
        var childSex = random.Chance(0.55) ? Sex.Male : Sex.Female;

        if (random.Chance(0.55))
        {
            List<MemberPlan> members = [];
            if (hasFather)
            {
                members.Add(new(Relationships.Head, Sex.Male, father));
            }
            if (hasMother)
            {
                members.Add(new(hasFather ? Relationships.Wife : Relationships.Head, Sex.Female, mother, MarriedIn: hasFather));
            }
            members.Add(new(Relationships.Child, childSex, child));
            return members;
        }

        List<MemberPlan> childFirst = [new(Relationships.Head, childSex, child)];
        if (hasFather)
        {
            childFirst.Add(new(Relationships.Father, Sex.Male, father));
        }
        if (hasMother)
        {
            childFirst.Add(new(Relationships.Mother, Sex.Female, mother));
        }
        return childFirst;
    }
}
