namespace Tsunagu.Web.Residents.Contracts;

/// <summary>A person's id in the resident registry. Not a My Number and never derived from one.</summary>
public readonly record struct ResidentId(Guid Value);

/// <summary>A household's id in the resident registry.</summary>
public readonly record struct HouseholdId(Guid Value);

/// <summary>An address as other modules see it.</summary>
public sealed record ResidentAddress(string PostalCode, string Oaza, string Banchi, string Gyoseiku, string FullText);

/// <summary>What other modules may read about a person.</summary>
public sealed record ResidentRecord(
    ResidentId Id,
    HouseholdId HouseholdId,
    string FullName,
    string FullNameKana,
    DateOnly BirthDate,
    string Sex,
    string Relationship,
    DateOnly BecameResidentOn,
    bool IsResident,
    ResidentAddress Address);

/// <summary>A household with its current members, head first.</summary>
public sealed record HouseholdRecord(HouseholdId Id, string Number, ResidentId HeadId, ResidentAddress Address, IReadOnlyList<ResidentRecord> Members);

/// <summary>
/// The registry as other modules may ask it. Every call made by staff writes an audit entry naming
/// the purpose, so a purpose is always required.
/// </summary>
public interface IResidentDirectory
{
    /// <summary>One person by id, or null.</summary>
    Task<ResidentRecord?> FindAsync(ResidentId id, string purpose, CancellationToken ct = default);

    /// <summary>People whose kana name (any width, hiragana or katakana, spaces ignored) and birth date match.</summary>
    Task<IReadOnlyList<ResidentRecord>> SearchAsync(string kanaName, DateOnly birthDate, string purpose, CancellationToken ct = default);

    /// <summary>
    /// Current residents whose 基本4情報 match exactly: name and address as written (widths and spaces ignored), birth
    /// date, and sex (男 or 女). Used to link a My Number card holder to the registry.
    /// </summary>
    Task<IReadOnlyList<ResidentRecord>> MatchBasicInfoAsync(string fullName, string address, DateOnly birthDate, string sex, string purpose, CancellationToken ct = default);

    /// <summary>
    /// The <paramref name="index"/>-th current resident (wrapping round) in registry-code order: for development tools
    /// that need "any resident", such as issuing a software test card. Null only when nobody lives in the town.
    /// </summary>
    Task<ResidentRecord?> PickCurrentResidentAsync(int index, string purpose, CancellationToken ct = default);

    /// <summary>The household a person currently belongs to, with its current members.</summary>
    Task<HouseholdRecord?> HouseholdOfAsync(ResidentId id, string purpose, CancellationToken ct = default);
}
