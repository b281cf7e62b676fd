using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Residents;

internal sealed class RegistryExtracts(TsunaguDb db, AuditLog audit) : IRegistryExtracts
{
    public async Task<(ExtractPerson Person, ExtractHousehold Household)?> PersonAndHouseholdAsync(ResidentId id, string purpose, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var person = await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id.Value, ct);
        if (person is null)
        {
            return null;
        }
        var household = await db.Set<Household>().AsNoTracking().Include(h => h.Members).SingleAsync(h => h.Id == person.HouseholdId, ct);
        var members = household.Members.Where(m => m.Status == ResidencyStatus.Resident)
            .OrderBy(m => m.Id == household.HeadId ? 0 : 1).ThenBy(m => m.BirthDate).ToList();
        var head = household.Members.FirstOrDefault(m => m.Id == household.HeadId);
        foreach (var m in members.Append(person).DistinctBy(m => m.Id))
        {
            await audit.RecordAsync("resident.extract", ResidentDirectory.SubjectType, m.Id.ToString(), purpose, ct);
        }
        return (ToExtract(person), new ExtractHousehold(new HouseholdId(household.Id), head?.FullName ?? "",
            ResidentDirectory.ToAddress(household.Address), [.. members.Select(ToExtract)]));
    }

    public async Task<IReadOnlyList<ExtractHousehold>> HouseholdsAsync(string purpose, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var households = await db.Set<Household>().AsNoTracking().Include(h => h.Members).OrderBy(h => h.Number).ToListAsync(ct);
        await audit.RecordAsync("resident.extract-all", ResidentDirectory.SubjectType, "*", purpose, ct);
        return [.. households
            .Select(h => (h, Members: h.Members.Where(m => m.Status == ResidencyStatus.Resident).OrderBy(m => m.Id == h.HeadId ? 0 : 1).ThenBy(m => m.BirthDate).ToList()))
            .Where(x => x.Members.Count > 0)
            .Select(x => new ExtractHousehold(new HouseholdId(x.h.Id), x.Members[0].FullName, ResidentDirectory.ToAddress(x.h.Address), [.. x.Members.Select(ToExtract)]))];
    }

    public async Task<SealRecord?> LatestSealAsync(ResidentId id, string purpose, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var seal = await db.Set<SealRegistration>().AsNoTracking().Where(s => s.PersonId == id.Value)
            .OrderByDescending(s => s.RegisteredOn).FirstOrDefaultAsync(ct);
        if (seal is null)
        {
            return null;
        }
        await audit.RecordAsync("resident.seal-read", ResidentDirectory.SubjectType, id.Value.ToString(), purpose, ct);
        return new SealRecord(id, seal.RegistrationNumber, seal.RegisteredOn, seal.AbolishedOn);
    }

    private static ExtractPerson ToExtract(Person p) => new(
        new ResidentId(p.Id), p.FullName, p.FullNameKana, p.BirthDate, p.Sex == Sex.Male ? "男" : "女", p.Relationship, p.BecameResidentOn,
        p.ResidentCode, p.Status switch { ResidencyStatus.MovedOut => RegistryStatus.MovedOut, ResidencyStatus.Deceased => RegistryStatus.Deceased, _ => RegistryStatus.Resident },
        p.StatusChangedOn);
}
