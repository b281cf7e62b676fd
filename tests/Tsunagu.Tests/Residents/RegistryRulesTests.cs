using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Residents;

public sealed class RegistryRulesTests
{
    private static Person PersonBorn(int y, int m, int d) => new()
    {
        Id = Guid.NewGuid(),
        HouseholdId = Guid.NewGuid(),
        BirthDate = new DateOnly(y, m, d),
        BecameResidentOn = new DateOnly(y, m, d),
    };

    [Theory]
    [InlineData(2026, 3, 31, 64)]
    [InlineData(2026, 4, 1, 65)]  // reached at the end of the day before the birthday
    [InlineData(2026, 4, 2, 65)]
    public void AgeOn_DayBeforeBirthday_CountsTheNewAge(int y, int m, int d, int expected) =>
        Assert.Equal(expected, PersonBorn(1961, 4, 2).AgeOn(new DateOnly(y, m, d)));

    [Fact]
    public void AgeOn_BornOn29February_TurnsOlderOn28FebruaryInCommonYears() =>
        Assert.Equal(18, PersonBorn(2008, 2, 29).AgeOn(new DateOnly(2026, 2, 27)));

    [Fact]
    public void MoveOut_Resident_ChangesStatusAndDate()
    {
        var person = PersonBorn(1980, 1, 1);

        var result = person.MoveOut(new DateOnly(2026, 4, 1));

        Assert.True(result.Succeeded);
        Assert.Equal(ResidencyStatus.MovedOut, person.Status);
        Assert.Equal(new DateOnly(2026, 4, 1), person.StatusChangedOn);
    }

    [Fact]
    public void RecordDeath_AlreadyMovedOut_IsRefused()
    {
        var person = PersonBorn(1940, 1, 1);
        person.MoveOut(new DateOnly(2020, 1, 1));

        var result = person.RecordDeath(new DateOnly(2026, 1, 1));

        Assert.IsType<NotAResident>(result.Error);
        Assert.Equal(ResidencyStatus.MovedOut, person.Status);
    }

    [Fact]
    public void MoveOut_DateBeforeBirth_IsRefused() =>
        Assert.IsType<DateBeforeResidency>(PersonBorn(2000, 1, 1).MoveOut(new DateOnly(1999, 1, 1)).Error);

    [Fact]
    public void ChangeHead_PersonOfAnotherHousehold_IsRefused()
    {
        var household = new Household { Id = Guid.NewGuid() };
        var stranger = PersonBorn(1970, 1, 1);

        Assert.IsType<HeadMustBeMember>(household.ChangeHead(stranger).Error);
    }

    [Fact]
    public void ChangeHead_Member_BecomesHeadWith世帯主()
    {
        var household = new Household { Id = Guid.NewGuid() };
        var member = PersonBorn(1970, 1, 1);
        member.HouseholdId = household.Id;

        Assert.True(household.ChangeHead(member).Succeeded);
        Assert.Equal(member.Id, household.HeadId);
        Assert.Equal("世帯主", member.Relationship);
    }

    [Fact]
    public void RegisterSeal_Under15_IsRefused() =>
        Assert.IsType<TooYoungForSeal>(SealRegistration.Register(PersonBorn(2012, 6, 1), "000001", new DateOnly(2026, 5, 30), false).Error);

    [Fact]
    public void RegisterSeal_AlreadyRegistered_IsRefused() =>
        Assert.IsType<SealAlreadyRegistered>(SealRegistration.Register(PersonBorn(1980, 1, 1), "000002", new DateOnly(2026, 1, 1), true).Error);

    [Fact]
    public void AbolishSeal_Twice_SecondIsRefused()
    {
        var seal = SealRegistration.Register(PersonBorn(1980, 1, 1), "000003", new DateOnly(2026, 1, 1), false).Value!;

        Assert.True(seal.Abolish(new DateOnly(2026, 2, 1)).Succeeded);
        Assert.IsType<SealAlreadyAbolished>(seal.Abolish(new DateOnly(2026, 3, 1)).Error);
        Assert.False(seal.IsActive);
    }

    [Fact]
    public void RegistryErrors_AllHavePoliteJapaneseMessages()
    {
        RegistryError[] errors = [new NotAResident(), new DateBeforeResidency(), new HeadMustBeMember(), new TooYoungForSeal(), new SealAlreadyRegistered(), new SealAlreadyAbolished()];

        Assert.All(errors, e => Assert.EndsWith("。", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Matches("(です|ます|ください|ません)", e.Message));
    }
}
