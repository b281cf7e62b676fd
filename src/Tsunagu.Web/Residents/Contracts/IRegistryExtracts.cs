namespace Tsunagu.Web.Residents.Contracts;

/// <summary>住民/転出/死亡 as certificates need to tell them apart.</summary>
public enum RegistryStatus
{
    Resident,
    MovedOut,
    Deceased,
}

/// <summary>One person as a certificate prints them: with the 住民票コード and the registry status, never the 個人番号.</summary>
public sealed record ExtractPerson(
    ResidentId Id,
    string FullName,
    string FullNameKana,
    DateOnly BirthDate,
    string Sex,
    string Relationship,
    DateOnly BecameResidentOn,
    string ResidentCode,
    RegistryStatus Status,
    DateOnly? StatusChangedOn);

/// <summary>A person's household for a 住民票の写し: the head's name, the address and the current members, head first.</summary>
public sealed record ExtractHousehold(HouseholdId Id, string HeadName, ResidentAddress Address, IReadOnlyList<ExtractPerson> Members);

/// <summary>A 印鑑登録: its number and dates; abolished when <paramref name="AbolishedOn"/> is set.</summary>
public sealed record SealRecord(ResidentId Holder, string RegistrationNumber, DateOnly RegisteredOn, DateOnly? AbolishedOn);

/// <summary>
/// The registry as the certificate service reads it (住民票の写し, 印鑑登録証明書, 記載事項証明書). Every call writes an
/// audit entry naming the purpose.
/// </summary>
public interface IRegistryExtracts
{
    /// <summary>The person (whatever their status) and the household they were last in; null for an unknown id.</summary>
    Task<(ExtractPerson Person, ExtractHousehold Household)?> PersonAndHouseholdAsync(ResidentId id, string purpose, CancellationToken ct = default);

    /// <summary>
    /// Every household with a current member, members head first: for billing runs that bill the whole town. Written to
    /// the audit log as one entry naming the purpose.
    /// </summary>
    Task<IReadOnlyList<ExtractHousehold>> HouseholdsAsync(string purpose, CancellationToken ct = default);

    /// <summary>The person's latest seal registration (active or abolished), or null when they never registered one.</summary>
    Task<SealRecord?> LatestSealAsync(ResidentId id, string purpose, CancellationToken ct = default);
}
