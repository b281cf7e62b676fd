using System.Security.Claims;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Cases.Workflow;

/// <summary>Who acts on a case: a member of staff (from their sign-in) or the platform itself (rules, the resident's resubmission).</summary>
public sealed record StaffActor(string Id, string Name, string Department, IReadOnlySet<string> Roles)
{
    public static readonly StaffActor System = new("system", "自動処理", "", new HashSet<string>());
    public static readonly StaffActor Resident = new("resident", "申請者", "", new HashSet<string>());

    public bool IsManager => Roles.Contains(StaffRoles.Manager);
    public bool IsAdmin => Roles.Contains(StaffRoles.Admin);

    /// <summary>
    /// Staff see their own department's cases; the DX推進・管理者 role sees every department (it supports them all).
    /// The 課長 is a manager of their own department only. Rules and resident actions act inside the case's department.
    /// </summary>
    public bool MaySee(string department) => IsAdmin || Department == department || this == System || this == Resident;

    public static StaffActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? "",
        user.FindFirstValue(StaffClaimsFactory.DepartmentClaim) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
}
