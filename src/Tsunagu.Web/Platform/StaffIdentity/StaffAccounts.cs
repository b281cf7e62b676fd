using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.StaffIdentity;

public sealed record StaffAccountCreated(StaffUser User, string OneTimePassword);

/// <summary>Creating staff accounts: from the operator command and, in Development, the demo staff.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, AuditLog audit)
{
    // No 0/O or 1/l/I: one-time passwords are read aloud or copied from paper.
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<(StaffAccountCreated? Created, string? Error)> CreateAsync(
        string email, string displayName, string department, string role, bool mustChangePassword = true)
    {
        var dept = Departments.Find(department);
        if (dept is null)
        {
            return (null, $"unknown department '{department}'; use one of: {string.Join(", ", Departments.All.Select(d => d.Code))}");
        }
        var staffRole = StaffRoles.Find(role);
        if (staffRole is null)
        {
            return (null, $"unknown role '{role}'; use one of: {string.Join(", ", StaffRoles.All.Select(r => r.Code))}");
        }
        await EnsureRolesAsync();
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName,
            Department = dept.Code,
            MustChangePassword = mustChangePassword,
        };
        var password = GeneratePassword();
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (null, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, staffRole.Code);
        await audit.AppendAsync(CommandActor(), "staff.create", "staff", user.Id.ToString(), $"{dept.Code}/{staffRole.Code}");
        return (new StaffAccountCreated(user, password), null);
    }

    public async Task<string> ResetPasswordAsync(StaffUser user)
    {
        var password = GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await users.ResetPasswordAsync(user, token, password);
        return password;
    }

    public static string GeneratePassword(int length = 16)
    {
        while (true)
        {
            var candidate = new string(Enumerable.Range(0, length)
                .Select(_ => PasswordAlphabet[RandomNumberGenerator.GetInt32(PasswordAlphabet.Length)]).ToArray());
            // The password rules ask for a digit; drawing again is simpler than patching one in.
            if (candidate.Any(char.IsAsciiDigit) && candidate.Distinct().Count() >= 5)
            {
                return candidate;
            }
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var r in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(r.Code))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(r.Code));
            }
        }
    }

    private static string CommandActor() => HttpActorContext.CommandLineActor ?? "system";
}
