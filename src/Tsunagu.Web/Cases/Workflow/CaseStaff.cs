using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Cases.Workflow;

public sealed record StaffMember(string Id, string Name, string? Email);

/// <summary>The members of staff a case may be assigned to: those of the case's department.</summary>
public sealed class CaseStaff(TsunaguDb db)
{
    public async Task<IReadOnlyList<StaffMember>> OfDepartmentAsync(string department, CancellationToken ct)
    {
        var users = await db.Set<StaffUser>().AsNoTracking().Where(u => u.Department == department)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        return [.. users.Select(u => new StaffMember(u.Id.ToString(), u.DisplayName, u.Email)).OrderBy(u => u.Name, StringComparer.Ordinal)];
    }

    public async Task<string?> NameInDepartmentAsync(string staffId, string department, CancellationToken ct) =>
        Guid.TryParse(staffId, out var id)
            ? await db.Set<StaffUser>().AsNoTracking().Where(u => u.Id == id && u.Department == department).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
            : null;

    public async Task<string?> EmailOfAsync(string staffId, CancellationToken ct) =>
        Guid.TryParse(staffId, out var id)
            ? await db.Set<StaffUser>().AsNoTracking().Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(ct)
            : null;
}
