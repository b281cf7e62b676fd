using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Residents;

internal sealed class ResidentDirectory(TsunaguDb db, AuditLog audit) : IResidentDirectory
{
    public const string SubjectType = "resident";

    public async Task<ResidentRecord?> FindAsync(ResidentId id, string purpose, CancellationToken ct = default)
    {
        RequirePurpose(purpose);
        var person = await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id.Value, ct);
        if (person is null)
        {
            return null;
        }
        var household = await db.Set<Household>().AsNoTracking().SingleAsync(h => h.Id == person.HouseholdId, ct);
        await audit.RecordAsync("resident.read", SubjectType, person.Id.ToString(), purpose, ct);
        return ToRecord(person, household.Address);
    }

    public async Task<IReadOnlyList<ResidentRecord>> SearchAsync(string kanaName, DateOnly birthDate, string purpose, CancellationToken ct = default)
    {
        RequirePurpose(purpose);
        var key = Kana.FoldForSearch(kanaName);
        if (key.Length == 0)
        {
            return [];
        }
        var found = await db.Set<Person>().AsNoTracking()
            .Where(p => p.BirthDate == birthDate && p.SearchKana.StartsWith(key))
            .Join(db.Set<Household>().AsNoTracking(), p => p.HouseholdId, h => h.Id, (p, h) => new { p, h.Address })
            .OrderBy(x => x.p.SearchKana).Take(50).ToListAsync(ct);
        foreach (var x in found)
        {
            await audit.RecordAsync("resident.search", SubjectType, x.p.Id.ToString(), purpose, ct);
        }
        return found.Select(x => ToRecord(x.p, x.Address)).ToList();
    }

    public async Task<IReadOnlyList<ResidentRecord>> MatchBasicInfoAsync(string fullName, string address, DateOnly birthDate, string sex, string purpose, CancellationToken ct = default)
    {
        RequirePurpose(purpose);
        var found = await db.Set<Person>().AsNoTracking()
            .Where(p => p.BirthDate == birthDate && p.Status == ResidencyStatus.Resident)
            .Join(db.Set<Household>().AsNoTracking(), p => p.HouseholdId, h => h.Id, (p, h) => new { p, h.Address })
            .Take(500).ToListAsync(ct);
        var name = Fold(fullName);
        var place = Fold(address);
        var matches = found.Select(x => ToRecord(x.p, x.Address))
            .Where(r => r.Sex == sex && Fold(r.FullName) == name && Fold(r.Address.FullText) == place).ToList();
        foreach (var m in matches)
        {
            await audit.RecordAsync("resident.match", SubjectType, m.Id.Value.ToString(), purpose, ct);
        }
        return matches;
    }

    public async Task<ResidentRecord?> PickCurrentResidentAsync(int index, string purpose, CancellationToken ct = default)
    {
        RequirePurpose(purpose);
        var residents = db.Set<Person>().AsNoTracking().Where(p => p.Status == ResidencyStatus.Resident);
        var count = await residents.CountAsync(ct);
        if (count == 0)
        {
            return null;
        }
        var person = await residents.OrderBy(p => p.ResidentCode).Skip(Math.Abs(index % count)).FirstAsync(ct);
        return await FindAsync(new ResidentId(person.Id), purpose, ct);
    }

    private static string Fold(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    public async Task<HouseholdRecord?> HouseholdOfAsync(ResidentId id, string purpose, CancellationToken ct = default)
    {
        RequirePurpose(purpose);
        var householdId = await db.Set<Person>().Where(p => p.Id == id.Value).Select(p => (Guid?)p.HouseholdId).SingleOrDefaultAsync(ct);
        if (householdId is null)
        {
            return null;
        }
        var household = await db.Set<Household>().AsNoTracking().Include(h => h.Members).SingleAsync(h => h.Id == householdId, ct);
        var members = household.Members.Where(m => m.Status == ResidencyStatus.Resident)
            .OrderBy(m => m.Id == household.HeadId ? 0 : 1).ThenBy(m => m.BirthDate).ToList();
        foreach (var m in members)
        {
            await audit.RecordAsync("resident.read-household", SubjectType, m.Id.ToString(), purpose, ct);
        }
        return new HouseholdRecord(new HouseholdId(household.Id), household.Number, new ResidentId(household.HeadId),
            ToAddress(household.Address), members.Select(m => ToRecord(m, household.Address)).ToList());
    }

    private static void RequirePurpose(string purpose)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw new ArgumentException("A purpose is required for every registry read: it goes to the audit log.", nameof(purpose));
        }
    }

    internal static ResidentAddress ToAddress(Address a) => new(a.PostalCode, a.Oaza, a.Banchi, a.Gyoseiku, a.FullText);

    internal static ResidentRecord ToRecord(Person p, Address a) => new(
        new ResidentId(p.Id), new HouseholdId(p.HouseholdId), p.FullName, p.FullNameKana, p.BirthDate,
        p.Sex == Sex.Male ? "男" : "女", p.Relationship, p.BecameResidentOn, p.Status == ResidencyStatus.Resident, ToAddress(a));
}
