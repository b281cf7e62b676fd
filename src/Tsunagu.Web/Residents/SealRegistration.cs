namespace Tsunagu.Web.Residents;

/// <summary>印鑑登録: one active registration per person, from age 15 (九重町印鑑条例 follows the national model).</summary>
public sealed class SealRegistration
{
    public const int MinimumAge = 15;

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>印鑑登録番号 as printed on the 印鑑登録証 card.</summary>
    public string RegistrationNumber { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }
    public DateOnly? AbolishedOn { get; set; }

    public bool IsActive => AbolishedOn is null;

    public static RegistryResult<SealRegistration> Register(Person person, string number, DateOnly on, bool hasActiveRegistration)
    {
        if (person.Status != ResidencyStatus.Resident)
        {
            return new NotAResident();
        }
        if (person.AgeOn(on) < MinimumAge)
        {
            return new TooYoungForSeal();
        }
        if (hasActiveRegistration)
        {
            return new SealAlreadyRegistered();
        }
        return new SealRegistration { Id = Guid.NewGuid(), PersonId = person.Id, RegistrationNumber = number, RegisteredOn = on };
    }

    public RegistryResult Abolish(DateOnly on)
    {
        if (!IsActive)
        {
            return RegistryResult.Fail(new SealAlreadyAbolished());
        }
        AbolishedOn = on;
        return RegistryResult.Ok;
    }
}
