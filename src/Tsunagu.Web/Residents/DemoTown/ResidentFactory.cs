using System.Globalization;
using Tsunagu.Web.Platform.Japanese;

namespace Tsunagu.Web.Residents.DemoTown;

// Turns household plans into registry records: ids, codes, names, birth dates and the date each person became a resident.
internal sealed class ResidentFactory(SeededRandom random)
{
    private readonly HashSet<string> _residentCodes = [];
    private int _householdNumber = 1000;

    public Household CreateHousehold(HouseholdShape shape)
    {
        // Gaps in the numbering stand for households that have since dissolved or left the town.
        _householdNumber += random.Between(1, 2);
        var household = new Household
        {
            Id = random.NextGuid(),
            Number = _householdNumber.ToString("D7", CultureInfo.InvariantCulture),
            Address = TownGeography.NextAddress(random),
        };
        var plans = shape.Build(random);
        var familyMovedInOn = random.Chance(shape.FamilyMovedInChance) ? FamilyMoveInDate(plans) : (DateOnly?)null;
        var surname = NameBank.Surname(random);
        foreach (var plan in plans)
        {
            household.Members.Add(CreatePerson(plan, surname, household, familyMovedInOn));
        }
        household.HeadId = household.Members.Single(m => m.Relationship == Relationships.Head).Id;
        return household;
    }

    public Person CreatePerson(MemberPlan plan, Name surname, Household household, DateOnly? familyMovedInOn = null)
    {
        var birthDate = random.BirthDateForAge(plan.Age);
        var givenName = UniqueGivenName(plan.Sex, birthDate.Year, household);
        return new Person
        {
            Id = random.NextGuid(),
            HouseholdId = household.Id,
            ResidentCode = NextResidentCode(),
            FamilyName = surname.Kanji,
            GivenName = givenName.Kanji,
            FamilyNameKana = surname.Kana,
            GivenNameKana = givenName.Kana,
            SearchKana = Kana.FoldForSearch(surname.Kana + givenName.Kana),
            BirthDate = birthDate,
            Sex = plan.Sex,
            Relationship = plan.Relationship,
            BecameResidentOn = BecameResidentOn(plan, birthDate, familyMovedInOn),
        };
    }

    // Within the last 15 years, and only once the youngest adult of the couple was an adult.
    private DateOnly FamilyMoveInDate(List<MemberPlan> plans)
    {
        var youngestAdult = plans.Where(p => p.Relationship is Relationships.Head or Relationships.Wife or Relationships.Husband)
            .Min(p => p.Age);
        var yearsAgo = Math.Clamp(youngestAdult - 19, 0, 15);
        return random.DateBetween(DemoTownGenerator.AsOf.AddYears(-yearsAgo), DemoTownGenerator.AsOf);
    }

    private DateOnly BecameResidentOn(MemberPlan plan, DateOnly birthDate, DateOnly? familyMovedInOn)
    {
        if (familyMovedInOn is { } movedIn)
        {
            return movedIn > birthDate ? movedIn : birthDate;
        }
        var adulthood = birthDate.AddYears(18);
        if (adulthood > DemoTownGenerator.AsOf)
        {
            return birthDate;
        }
        if (plan.MarriedIn && random.Chance(0.6))
        {
            var wedding = birthDate.AddYears(random.Between(22, 34)).AddDays(random.Between(0, 364));
            return wedding > DemoTownGenerator.AsOf ? DemoTownGenerator.AsOf : wedding;
        }
        // Uターン and Iターン: born elsewhere or returned after working in a city.
        return random.Chance(0.06) ? random.DateBetween(adulthood, DemoTownGenerator.AsOf) : birthDate;
    }

    private Name UniqueGivenName(Sex sex, int birthYear, Household household)
    {
        var name = NameBank.GivenName(sex, birthYear, random);
        for (var attempt = 0; attempt < 10 && household.Members.Any(m => m.GivenName == name.Kanji); attempt++)
        {
            name = NameBank.GivenName(sex, birthYear, random);
        }
        return name;
    }

    private string NextResidentCode()
    {
        string code;
        do
        {
            code = random.Digits(11);
        }
        while (!_residentCodes.Add(code));
        return code;
    }
}
