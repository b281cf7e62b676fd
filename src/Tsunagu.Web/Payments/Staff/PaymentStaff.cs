using System.Security.Claims;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>Collection is 税務課's work; 管理者 may open it too. Every Payments staff page asks this first.</summary>
public static class PaymentStaff
{
    public static bool MayUse(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Admin) || user.FindFirstValue(StaffClaimsFactory.DepartmentClaim) == "zeimu";

    /// <summary>How the member of staff is named in payment records and the audit log.</summary>
    public static string Actor(ClaimsPrincipal user) => "staff:" + user.FindFirstValue(ClaimTypes.NameIdentifier);
}
