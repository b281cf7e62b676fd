using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kinds;

/// <summary>
/// 住民票記載事項証明書: only the entries the requester names (for an employer or a pension fund, say). Added as the
/// third kind to show that a kind is one class: it reuses the registry extract and the shared frame.
/// </summary>
public sealed class ResidentEntryCertificate(IRegistryExtracts registry) : ICertificateKind
{
    public const string Purpose = "住民票記載事項証明書の交付";
    public static readonly IReadOnlyList<string> AllItems = ["氏名", "生年月日", "性別", "住所", "住民となった年月日"];

    public string Id => "kisai-jiko";
    public string Name => "住民票記載事項証明書";
    public int Fee => 300;
    public bool AtKiosk => false;

    public async Task<(CertificateContent? Content, CertificateRefusal? Refusal)> PrepareAsync(CertificateRequest request, CancellationToken ct)
    {
        var items = request.Options.Items is { Count: > 0 } asked ? AllItems.Where(asked.Contains).ToList() : [.. AllItems];
        if (items.Count == 0)
        {
            return (null, CertificateRefusals.NoItems);
        }
        var (found, refusal) = await CertificateRefusals.CurrentResidentAsync(registry, request.Subject, Purpose, ct);
        if (found is not { } f)
        {
            return (null, refusal);
        }
        var p = f.Person;
        var values = new Dictionary<string, string>
        {
            ["氏名"] = p.FullName,
            ["生年月日"] = Wareki.Format(p.BirthDate),
            ["性別"] = p.Sex,
            ["住所"] = f.Household.Address.FullText,
            ["住民となった年月日"] = Wareki.Format(p.BecameResidentOn),
        };
        return (new CertificateContent("住民票記載事項証明書", [new(null, [.. items.Select(i => (i, values[i]))])],
            "上記の事項は、住民基本台帳に記載されている事項と相違ないことを証明します。"), null);
    }
}
