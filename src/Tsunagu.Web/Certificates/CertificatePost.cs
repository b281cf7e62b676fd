using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates;

/// <summary>
/// A certificate issued online and asked for by post: a case in 住民課's inbox, where staff print the issued PDF from the
/// ledger and mail it to the registered address (never another address: the law sends certificates home).
/// </summary>
public sealed class CertificatePost(ICaseIntake intake, IRegistryExtracts registry)
{
    public async Task<OpenedCase?> RequestAsync(Issuance issued, CancellationToken ct)
    {
        if (await registry.PersonAndHouseholdAsync(new ResidentId(issued.SubjectResidentId), "証明書の郵送", ct) is not { } found)
        {
            return null;
        }
        var procedure = issued.Kind switch
        {
            "inkan" => "inkan-toroku-shomeisho",
            "kisai-jiko" => "juminhyo-kisai-jiko-shomeisho",
            _ => "juminhyo-no-utsushi",
        };
        var (person, household) = found;
        return await intake.OpenAsync(new NewCase(procedure, CaseChannel.Online, issued.Serial, person.Id, person.FullName, person.FullNameKana,
            new Dictionary<string, string>
            {
                ["certificate-serial"] = issued.Serial,
                ["copies"] = issued.Copies.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["receive-method"] = "郵送で受け取る",
                ["applicant-postal-code"] = household.Address.PostalCode,
                ["applicant-address"] = household.Address.FullText,
            },
            $"オンラインで発行済みの{issued.KindName}（証明書番号 {issued.Serial}）の郵送依頼です。交付簿から印刷し、住民登録地へ郵送してください。"),
            $"certificate-post:{issued.Serial}", ct);
    }
}
