using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kinds;

/// <summary>The refusals every kind shares.</summary>
public static class CertificateRefusals
{
    public static readonly CertificateRefusal NotFound = new("not-found", "住民記録が見つかりません。");
    public static readonly CertificateRefusal NotInHousehold = new("not-in-household", "選んだ方の中に、同じ世帯でない方が含まれています。");
    public static readonly CertificateRefusal NoSeal = new("no-seal", "印鑑登録がありません。印鑑登録は窓口で申請できます。");
    public static readonly CertificateRefusal SealAbolished = new("seal-abolished", "印鑑登録は廃止されています。印鑑登録証明書は発行できません。");
    public static readonly CertificateRefusal NoItems = new("no-items", "証明する事項を一つ以上選んでください。");

    /// <summary>The subject and their household when they live in the town; otherwise why no certificate can be issued.</summary>
    public static async Task<((ExtractPerson Person, ExtractHousehold Household)? Found, CertificateRefusal? Refusal)> CurrentResidentAsync(
        IRegistryExtracts registry, ResidentId subject, string purpose, CancellationToken ct)
    {
        var found = await registry.PersonAndHouseholdAsync(subject, purpose, ct);
        return found is not { } f ? (null, NotFound) : NotResident(f.Person) is { } gone ? (null, gone) : (f, null);
    }

    /// <summary>A person who moved out or died has a 除票, which is a different certificate issued at the counter.</summary>
    public static CertificateRefusal? NotResident(ExtractPerson person) => person.Status switch
    {
        RegistryStatus.MovedOut => new("moved-out", "転出により住民票が消除されています。除票の写しは役場の窓口で請求してください。"),
        RegistryStatus.Deceased => new("deceased", "死亡により住民票が消除されています。除票の写しは役場の窓口で請求してください。"),
        _ => null,
    };
}
