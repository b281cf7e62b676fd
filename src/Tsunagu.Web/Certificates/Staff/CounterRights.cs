using System.Security.Claims;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Certificates.Staff;

/// <summary>
/// Who may issue at the counter: staff of the departments that keep the registry (住民課 by default;
/// <c>Certificates:CounterDepartments</c> adds e.g. a branch office) and the DX推進・管理者 role.
/// </summary>
public sealed class CounterRights(IConfiguration configuration)
{
    private readonly string[] _departments = configuration.GetSection("Certificates:CounterDepartments").Get<string[]>() is { Length: > 0 } d ? d : ["jumin"];

    public bool MayIssue(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Admin) || _departments.Contains(user.FindFirstValue(StaffClaimsFactory.DepartmentClaim));

    public static string StaffName(ClaimsPrincipal user) => user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? "";

    public static string StaffId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
