using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kinds;

/// <summary>住民票の写し: the whole household or chosen members, with the options the requester chose.</summary>
public sealed class ResidentCertificate(IRegistryExtracts registry) : ICertificateKind
{
    public const string Purpose = "住民票の写しの交付";

    public string Id => "juminhyo";
    public string Name => "住民票の写し";
    public int Fee => 300;
    public bool AtKiosk => true;

    public async Task<(CertificateContent? Content, CertificateRefusal? Refusal)> PrepareAsync(CertificateRequest request, CancellationToken ct)
    {
        var (found, refusal) = await CertificateRefusals.CurrentResidentAsync(registry, request.Subject, Purpose, ct);
        if (found is not { } f)
        {
            return (null, refusal);
        }
        var o = request.Options;
        var chosen = o.WholeHousehold ? f.Household.Members
            : o.Members is { Count: > 0 } ids ? [.. f.Household.Members.Where(m => ids.Contains(m.Id.Value))]
            : [f.Person];
        if (!o.WholeHousehold && o.Members is { Count: > 0 } asked && chosen.Count != asked.Distinct().Count())
        {
            return (null, CertificateRefusals.NotInHousehold);
        }
        var blocks = new List<CertificateBlock>
        {
            new(null, [
                ("住所", f.Household.Address.FullText),
                .. o.HouseholdHead ? [("世帯主", f.Household.HeadName)] : Array.Empty<(string, string)>(),
                .. o.Honseki ? [("本籍", "（本籍・筆頭者は基幹システムから印字します）")] : Array.Empty<(string, string)>(),
            ]),
        };
        foreach (var (m, i) in chosen.Select((m, i) => (m, i + 1)))
        {
            blocks.Add(new CertificateBlock($"{i}", [
                ("氏名", m.FullName),
                ("フリガナ", m.FullNameKana),
                ("生年月日", Wareki.Format(m.BirthDate)),
                ("性別", m.Sex),
                .. o.HouseholdHead ? [("続柄", m.Relationship)] : Array.Empty<(string, string)>(),
                ("住民となった年月日", Wareki.Format(m.BecameResidentOn)),
                .. o.ResidentCode ? [("住民票コード", m.ResidentCode)] : Array.Empty<(string, string)>(),
                ("個人番号", "記載を省略しています"),
            ]));
        }
        var scope = o.WholeHousehold ? $"世帯全員（{chosen.Count}人）" : $"世帯の一部（{chosen.Count}人）";
        return (new CertificateContent($"住民票の写し　{scope}", blocks, "この写しは、住民票の原本と相違ないことを証明します。"), null);
    }
}
