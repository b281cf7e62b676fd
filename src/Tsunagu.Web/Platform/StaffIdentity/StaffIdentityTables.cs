using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Tsunagu.Web.Platform.StaffIdentity;

// Identity's tables get the "staff_" prefix like every other module's tables.
internal static class StaffIdentityTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<StaffUser>(e =>
        {
            e.ToTable("staff_users");
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.Department).HasMaxLength(40);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("staff_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("staff_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("staff_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("staff_user_logins");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("staff_role_claims");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("staff_user_tokens");
    }
}
