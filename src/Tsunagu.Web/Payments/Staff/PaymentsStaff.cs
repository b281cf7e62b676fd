using System.Security.Claims;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>Who may use the staff pages of billing (税務課 and 管理者), and how they are named in records.</summary>
internal static class PaymentsStaff
{
    public static bool MayUse(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Admin) || user.FindFirstValue(StaffClaimsFactory.DepartmentClaim) == "zeimu";

    public static string Actor(ClaimsPrincipal user) => "staff:" + user.FindFirstValue(ClaimTypes.NameIdentifier);
}

/// <summary>One assessment as the household and person views show it: instalments, 更正 history and the actions.</summary>
public sealed record BillView(Assessment Bill, IReadOnlyList<AssessmentAdjustment> History, bool LinkToPerson, bool LinkToHousehold);
