using Microsoft.AspNetCore.Identity;

namespace Tsunagu.Web.Platform.StaffIdentity;

/// <summary>A member of the town office's staff. Residents never have one of these.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Code of the 課 the staff member belongs to (see <see cref="Departments"/>).</summary>
    public string Department { get; set; } = "";

    /// <summary>Set for one-time passwords printed by <c>admin create-staff</c>.</summary>
    public bool MustChangePassword { get; set; }
}
