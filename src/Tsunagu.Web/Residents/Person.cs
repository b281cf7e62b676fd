namespace Tsunagu.Web.Residents;

public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>住民/転出/死亡: a record stays in the registry (as 除票) after the person leaves.</summary>
public enum ResidencyStatus
{
    Resident = 1,
    MovedOut = 2,
    Deceased = 3,
}

/// <summary>A person in the resident registry (住民基本台帳). The id is the registry's own, never a My Number.</summary>
public sealed class Person
{
    public Guid Id { get; set; }
    public Guid HouseholdId { get; set; }

    /// <summary>住民票コード: 11 digits, synthetic in the demo town.</summary>
    public string ResidentCode { get; set; } = "";

    public string FamilyName { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyNameKana { get; set; } = "";
    public string GivenNameKana { get; set; } = "";

    /// <summary>Both kana parts, normalised for search (katakana, no spaces).</summary>
    public string SearchKana { get; set; } = "";

    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }

    /// <summary>続柄 to the head of household, in the registry's words (世帯主, 妻, 子, 母…).</summary>
    public string Relationship { get; set; } = "";

    /// <summary>住民となった年月日.</summary>
    public DateOnly BecameResidentOn { get; set; }

    public ResidencyStatus Status { get; set; } = ResidencyStatus.Resident;
    public DateOnly? StatusChangedOn { get; set; }

    public string FullName => $"{FamilyName}　{GivenName}";
    public string FullNameKana => $"{FamilyNameKana}　{GivenNameKana}";

    /// <summary>
    /// Age on a date. Under 年齢計算ニ関スル法律 a year of age is reached at the end of the day before the birthday,
    /// which matters for 65歳到達 and school-entry dates of people born on 1 April or 29 February.
    /// </summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        var birthdayThisYear = BirthDate.AddYears(age); // 29 Feb becomes 28 Feb in other years
        if (date < birthdayThisYear.AddDays(-1))
        {
            age--;
        }
        return age;
    }

    public RegistryResult MoveOut(DateOnly on) => ChangeStatus(ResidencyStatus.MovedOut, on);

    public RegistryResult RecordDeath(DateOnly on) => ChangeStatus(ResidencyStatus.Deceased, on);

    private RegistryResult ChangeStatus(ResidencyStatus to, DateOnly on)
    {
        if (Status != ResidencyStatus.Resident)
        {
            return RegistryResult.Fail(new NotAResident());
        }
        if (on < BecameResidentOn || on < BirthDate)
        {
            return RegistryResult.Fail(new DateBeforeResidency());
        }
        Status = to;
        StatusChangedOn = on;
        return RegistryResult.Ok;
    }
}
