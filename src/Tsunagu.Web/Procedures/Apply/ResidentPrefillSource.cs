using System.Globalization;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>Once only: the signed-in resident's e-mail, and, for a card-linked account, the registry's 基本4情報 and household.</summary>
internal sealed class ResidentPrefillSource(ICurrentResident resident, IResidentDirectory directory) : IPrefillSource
{
    private const string Purpose = "申請書への自動入力(本人)";

    public async Task<IReadOnlyDictionary<string, string>> ValuesAsync(HttpContext http, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!resident.IsSignedIn)
        {
            return values;
        }
        if (resident.Email is { } email)
        {
            values["resident.email"] = email;
        }
        if (resident.LinkedResidentId is not { } linked || await directory.HouseholdOfAsync(new ResidentId(linked), Purpose, ct) is not { } household)
        {
            return values;
        }
        var me = household.Members.FirstOrDefault(m => m.Id.Value == linked);
        if (me is null)
        {
            return values;
        }
        values["resident.name"] = me.FullName;
        values["resident.kana"] = me.FullNameKana;
        values["resident.birthDate"] = me.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values["resident.sex"] = me.Sex;
        values["resident.postalCode"] = household.Address.PostalCode;
        values["resident.address"] = household.Address.FullText;
        var others = household.Members.Where(m => m.Id.Value != linked).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            values[$"household.members[{i}].name"] = others[i].FullName;
            values[$"household.members[{i}].kana"] = others[i].FullNameKana;
            values[$"household.members[{i}].birthDate"] = others[i].BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values[$"household.members[{i}].relationship"] = others[i].Relationship;
        }
        values["household.members.count"] = others.Count.ToString(CultureInfo.InvariantCulture);
        return values;
    }
}
