using System.Globalization;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Counter.Forms;

/// <summary>The registry's values for the visitor and their family, under the keys the catalogue's <c>prefill</c> uses.</summary>
public static class VisitValues
{
    public static List<VisitValue> FromRegistry(ResidentRecord person, HouseholdRecord household)
    {
        var values = new List<VisitValue>
        {
            new("resident.name", "氏名", person.FullName, ValueSource.Registry),
            new("resident.kana", "フリガナ", person.FullNameKana, ValueSource.Registry),
            new("resident.birthDate", "生年月日", Iso(person.BirthDate), ValueSource.Registry),
            new("resident.sex", "性別", person.Sex, ValueSource.Registry),
            new("resident.postalCode", "郵便番号", household.Address.PostalCode, ValueSource.Registry),
            new("resident.address", "住所", household.Address.FullText, ValueSource.Registry),
        };
        var others = household.Members.Where(m => m.Id != person.Id).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            var n = i + 1;
            values.Add(new($"household.members[{i}].name", $"ご家族{n} 氏名", others[i].FullName, ValueSource.Registry));
            values.Add(new($"household.members[{i}].kana", $"ご家族{n} フリガナ", others[i].FullNameKana, ValueSource.Registry));
            values.Add(new($"household.members[{i}].birthDate", $"ご家族{n} 生年月日", Iso(others[i].BirthDate), ValueSource.Registry));
            values.Add(new($"household.members[{i}].relationship", $"ご家族{n} 続柄", others[i].Relationship, ValueSource.Registry));
        }
        return values;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
