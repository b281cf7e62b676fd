using Microsoft.AspNetCore.Identity;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.StaffIdentity;

/// <summary>
/// Demo staff for the seeded town. Passwords are random per installation and written only to the
/// data folder (never the repository); each account enrols its authenticator at first sign-in.
/// </summary>
internal sealed class DemoStaff(UserManager<StaffUser> users, StaffAccounts accounts, DataDirectory data) : IDemoSeeder
{
    public const string Domain = "demo.kokonoe.invalid";
    public const string CredentialsFile = "demo-staff.txt";

    private static readonly (string Local, string Department, string Role, string Name)[] s_accounts =
    [
        ("jumin.madoguchi", "jumin", StaffRoles.Counter, "住民課 窓口(デモ)"),
        ("jumin.shinsa", "jumin", StaffRoles.Examiner, "住民課 審査(デモ)"),
        ("jumin.kacho", "jumin", StaffRoles.Manager, "住民課 課長(デモ)"),
        ("zeimu.shinsa", "zeimu", StaffRoles.Examiner, "税務課 審査(デモ)"),
        ("kosodate.shinsa", "kosodate", StaffRoles.Examiner, "子育て支援課 審査(デモ)"),
        ("digital.admin", "digital", StaffRoles.Admin, "情報デジタル推進課 管理者(デモ)"),
    ];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken ct)
    {
        var path = data.Combine(CredentialsFile);
        var known = File.Exists(path) ? File.ReadAllLines(path) : [];
        var lines = new List<string>();
        foreach (var (local, department, role, name) in s_accounts)
        {
            var email = $"{local}@{Domain}";
            var line = known.FirstOrDefault(l => l.StartsWith(email + "\t", StringComparison.Ordinal));
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                var (created, error) = await accounts.CreateAsync(email, name, department, role, mustChangePassword: false);
                line = created is null ? throw new InvalidOperationException(error) : $"{email}\t{created.OneTimePassword}\t{name}";
            }
            else if (line is null)
            {
                line = $"{email}\t{await accounts.ResetPasswordAsync(user)}\t{name}";
            }
            lines.Add(line);
        }
        await File.WriteAllLinesAsync(path, lines, ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The sign-in details to print at start in Development.</summary>
    public static IEnumerable<string> Describe(DataDirectory data)
    {
        var path = data.Combine(CredentialsFile);
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }
}
