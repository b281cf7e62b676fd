using System.Globalization;
using System.Text;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents;
using Tsunagu.Web.Residents.DemoTown;

namespace Tsunagu.Tests.Residents;

public sealed class DemoTownGeneratorTests
{
    internal const int Seed = 20261001;
    internal const int TargetPeople = 7800;

    // Generated once: every test below reads the town and none changes it.
    private static readonly DemoTown s_town = DemoTownGenerator.Generate(Seed, TargetPeople);

    // Written out again here, from shared/town/kokonoe.md, so a typo in TownGeography cannot hide behind itself.
    private static readonly Dictionary<string, string> s_postalCodes = new()
    {
        ["後野上"] = "879-4803",
        ["野上"] = "879-4802",
        ["恵良"] = "879-4631",
        ["松木"] = "879-4632",
        ["田野"] = "879-4911",
        ["湯坪"] = "879-4912",
        ["粟野"] = "879-4721",
        ["菅原"] = "879-4724",
        ["引治"] = "879-4722",
        ["町田"] = "879-4723",
    };

    private static IEnumerable<Person> Residents(DemoTown town) =>
        town.People.Where(p => p.Status == ResidencyStatus.Resident);

    [Fact]
    public void Generate_SameSeed_ProducesIdenticalTown()
    {
        // Arrange
        var again = DemoTownGenerator.Generate(Seed, TargetPeople);

        // Act
        var first = Fingerprint(s_town);
        var second = Fingerprint(again);

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeed_ProducesDifferentTown()
    {
        // Arrange
        var other = DemoTownGenerator.Generate(Seed + 1, TargetPeople);

        // Act
        var first = Fingerprint(s_town);
        var second = Fingerprint(other);

        // Assert
        Assert.NotEqual(first, second);
        Assert.NotEqual(s_town.People[0].Id, other.People[0].Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(Seed)]
    public void Generate_DefaultTarget_PeopleAndHouseholdsMatchTheTown(int seed)
    {
        // Act
        var town = DemoTownGenerator.Generate(seed, TargetPeople);

        // Assert
        var residents = Residents(town).Count();
        Assert.InRange(residents, TargetPeople * 0.97, TargetPeople * 1.03);
        Assert.InRange(town.Households.Count, 3000, 3600);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(Seed)]
    public void Generate_DefaultTarget_AgePyramidIsElderlyHeavy(int seed)
    {
        // Arrange
        var town = DemoTownGenerator.Generate(seed, TargetPeople);

        // Act
        var ages = Residents(town).Select(p => p.AgeOn(DemoTownGenerator.AsOf)).ToList();
        var elderlyShare = ages.Count(a => a >= 65) / (double)ages.Count;
        var childShare = ages.Count(a => a < 15) / (double)ages.Count;

        // Assert
        Assert.InRange(elderlyShare, 0.38, 0.46);
        Assert.InRange(childShare, 0.08, 0.13);
    }

    [Fact]
    public void Generate_EveryHousehold_HasExactlyOneHeadWhoIsHeadId()
    {
        // Act
        var heads = s_town.Households.Select(h => (Household: h, Heads: h.Members.Where(m => m.Relationship == "世帯主").ToList()));

        // Assert
        Assert.All(heads, x =>
        {
            var head = Assert.Single(x.Heads);
            Assert.Equal(x.Household.HeadId, head.Id);
            Assert.Equal(ResidencyStatus.Resident, head.Status);
        });
    }

    [Fact]
    public void Generate_EveryPerson_BelongsToTheirHouseholdWithAKnownRelationship()
    {
        // Arrange
        string[] relationships = ["世帯主", "妻", "夫", "子", "父", "母", "孫", "子の妻"];

        // Assert
        Assert.All(s_town.Households, h => Assert.All(h.Members, m =>
        {
            Assert.Equal(h.Id, m.HouseholdId);
            Assert.Contains(m.Relationship, relationships);
        }));
    }

    [Fact]
    public void Generate_EveryPerson_HasKatakanaReadingsAndFoldedSearchKana()
    {
        // Assert
        Assert.All(s_town.People, p =>
        {
            Assert.True(Kana.IsKatakana(p.FamilyNameKana), p.FamilyNameKana);
            Assert.True(Kana.IsKatakana(p.GivenNameKana), p.GivenNameKana);
            Assert.Equal(Kana.FoldForSearch(p.FamilyNameKana + p.GivenNameKana), p.SearchKana);
        });
    }

    [Fact]
    public void Generate_EveryHousehold_SharesOneSurname()
    {
        // Assert
        Assert.All(s_town.Households, h => Assert.Single(h.Members.Select(m => m.FamilyName).Distinct()));
    }

    [Fact]
    public void Generate_EveryAddress_HasThePostalCodeOfItsOaza()
    {
        // Assert
        Assert.All(s_town.Households, h =>
        {
            var address = h.Address;
            var banchi = int.Parse(address.Banchi[..address.Banchi.IndexOf('番', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            var expected = address.Oaza == "右田"
                ? (banchi <= 1464 ? "879-4801" : "879-4601")
                : s_postalCodes[address.Oaza];
            Assert.Equal(expected, address.PostalCode);
            Assert.Matches(@"^\d+番地(の\d+)?$", address.Banchi);
            Assert.StartsWith(address.Oaza + "第", address.Gyoseiku, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_MigitaAddresses_UseBothPostalCodes()
    {
        // Act
        var migitaCodes = s_town.Households.Where(h => h.Address.Oaza == "右田").Select(h => h.Address.PostalCode).Distinct();

        // Assert
        Assert.Equal(["879-4601", "879-4801"], migitaCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_ParentsAndChildren_HavePlausibleAgeGaps()
    {
        // Assert
        Assert.All(s_town.Households, h =>
        {
            var head = h.Members.Single(m => m.Id == h.HeadId);
            foreach (var child in h.Members.Where(m => m.Relationship == "子"))
            {
                AssertGenerationGap(head, child);
            }
            foreach (var parent in h.Members.Where(m => m.Relationship is "父" or "母"))
            {
                AssertGenerationGap(parent, head);
            }
            foreach (var spouse in h.Members.Where(m => m.Relationship is "妻" or "夫"))
            {
                Assert.InRange(Math.Abs(spouse.BirthDate.DayNumber - head.BirthDate.DayNumber), 0, 8 * 366);
            }
        });
    }

    [Fact]
    public void Generate_EveryPerson_BecameResidentBetweenBirthAndAsOf()
    {
        // Assert
        Assert.All(s_town.People, p =>
        {
            Assert.InRange(p.BirthDate, new DateOnly(1925, 1, 1), DemoTownGenerator.AsOf);
            Assert.InRange(p.BecameResidentOn, p.BirthDate, DemoTownGenerator.AsOf);
        });
        Assert.Contains(s_town.People, p => p.BecameResidentOn > p.BirthDate);
    }

    [Fact]
    public void Generate_FormerResidents_AreNotHeadsAndHaveAStatusDate()
    {
        // Act
        var former = s_town.People.Where(p => p.Status != ResidencyStatus.Resident).ToList();

        // Assert
        Assert.InRange(former.Count / (double)s_town.People.Count, 0.005, 0.03);
        Assert.All(former, p =>
        {
            Assert.NotEqual("世帯主", p.Relationship);
            Assert.NotNull(p.StatusChangedOn);
            Assert.InRange(p.StatusChangedOn.Value, p.BecameResidentOn, DemoTownGenerator.AsOf);
        });
    }

    [Fact]
    public void Generate_Adults_AboutFortyPercentHaveSealRegistrations()
    {
        // Arrange
        var registered = s_town.SealRegistrations.Select(s => s.PersonId).ToHashSet();
        var adults = Residents(s_town).Where(p => p.AgeOn(DemoTownGenerator.AsOf) >= 18).ToList();

        // Act
        var share = adults.Count(a => registered.Contains(a.Id)) / (double)adults.Count;

        // Assert
        Assert.InRange(share, 0.35, 0.45);
    }

    [Fact]
    public void Generate_ChildrenUnderFifteen_HaveNoSealRegistration()
    {
        // Arrange
        var registered = s_town.SealRegistrations.Select(s => s.PersonId).ToHashSet();

        // Act
        var children = s_town.People.Where(p => p.AgeOn(DemoTownGenerator.AsOf) < 15);

        // Assert
        Assert.DoesNotContain(children, c => registered.Contains(c.Id));
    }

    [Fact]
    public void Generate_SealRegistrations_HaveUniqueNumbersAndDatesAfterAdulthood()
    {
        // Arrange
        var people = s_town.People.ToDictionary(p => p.Id);

        // Assert
        Assert.All(s_town.SealRegistrations, s =>
        {
            var person = people[s.PersonId];
            Assert.Matches(@"^\d{6}$", s.RegistrationNumber);
            Assert.InRange(s.RegisteredOn, person.BirthDate.AddYears(18), DemoTownGenerator.AsOf);
            Assert.True(s.RegisteredOn >= person.BecameResidentOn);
            Assert.True(s.AbolishedOn is null || (s.AbolishedOn > s.RegisteredOn && s.AbolishedOn <= DemoTownGenerator.AsOf));
        });
        Assert.Equal(s_town.SealRegistrations.Count, s_town.SealRegistrations.Select(s => s.RegistrationNumber).Distinct().Count());
        Assert.Equal(s_town.SealRegistrations.Count, s_town.SealRegistrations.Select(s => s.PersonId).Distinct().Count());
        Assert.InRange(s_town.SealRegistrations.Count(s => !s.IsActive) / (double)s_town.SealRegistrations.Count, 0.01, 0.06);
    }

    [Fact]
    public void Generate_Identifiers_AreUnique()
    {
        // Assert
        Assert.All(s_town.People, p => Assert.Matches(@"^\d{11}$", p.ResidentCode));
        Assert.Equal(s_town.People.Count, s_town.People.Select(p => p.ResidentCode).Distinct().Count());
        Assert.All(s_town.Households, h => Assert.Matches(@"^\d{7}$", h.Number));
        Assert.Equal(s_town.Households.Count, s_town.Households.Select(h => h.Number).Distinct().Count());
        var ids = s_town.People.Select(p => p.Id).Concat(s_town.Households.Select(h => h.Id)).Concat(s_town.SealRegistrations.Select(s => s.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    // Parents are 20–45 years older than their children, by birth date.
    private static void AssertGenerationGap(Person parent, Person child)
    {
        Assert.True(child.BirthDate >= parent.BirthDate.AddYears(20), $"{parent.FullName} {parent.BirthDate} / {child.FullName} {child.BirthDate}");
        Assert.True(child.BirthDate <= parent.BirthDate.AddYears(45), $"{parent.FullName} {parent.BirthDate} / {child.FullName} {child.BirthDate}");
    }

    private static string Fingerprint(DemoTown town)
    {
        var sb = new StringBuilder();
        foreach (var h in town.Households)
        {
            var a = h.Address;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{h.Id}|{h.Number}|{h.HeadId}|{a.PostalCode}|{a.Oaza}|{a.Banchi}|{a.Gyoseiku}");
            foreach (var p in h.Members)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"{p.Id}|{p.HouseholdId}|{p.ResidentCode}|{p.FamilyName}|{p.GivenName}|{p.FamilyNameKana}|{p.GivenNameKana}|{p.SearchKana}|{p.BirthDate:O}|{p.Sex}|{p.Relationship}|{p.BecameResidentOn:O}|{p.Status}|{p.StatusChangedOn:O}");
            }
        }
        foreach (var s in town.SealRegistrations)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{s.Id}|{s.PersonId}|{s.RegistrationNumber}|{s.RegisteredOn:O}|{s.AbolishedOn:O}");
        }
        return sb.ToString();
    }
}
