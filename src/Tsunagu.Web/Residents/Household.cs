namespace Tsunagu.Web.Residents;

/// <summary>An address in the town: 大字, 番地, 郵便番号 and 行政区 (the neighbourhood district).</summary>
public sealed class Address
{
    public string PostalCode { get; set; } = "";
    public string Oaza { get; set; } = "";
    public string Banchi { get; set; } = "";
    public string Gyoseiku { get; set; } = "";

    public const string TownPrefix = "大分県玖珠郡九重町";

    public string FullText => $"{TownPrefix}大字{Oaza}{Banchi}";
}

/// <summary>A 世帯: the unit the registry and many procedures (保険料, 住民票の写し) work with.</summary>
public sealed class Household
{
    public Guid Id { get; set; }

    /// <summary>世帯番号, shown on counter screens; not personal data on its own.</summary>
    public string Number { get; set; } = "";

    public Guid HeadId { get; set; }
    public Address Address { get; set; } = new();
    public List<Person> Members { get; set; } = [];

    /// <summary>The head must be a current member: a household without one cannot be certified.</summary>
    public RegistryResult ChangeHead(Person newHead)
    {
        if (newHead.HouseholdId != Id || newHead.Status != ResidencyStatus.Resident)
        {
            return RegistryResult.Fail(new HeadMustBeMember());
        }
        HeadId = newHead.Id;
        newHead.Relationship = "世帯主";
        return RegistryResult.Ok;
    }
}
