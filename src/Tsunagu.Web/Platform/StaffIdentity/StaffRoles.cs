namespace Tsunagu.Web.Platform.StaffIdentity;

/// <summary>A staff role: what a member of staff may do inside their department.</summary>
public sealed record StaffRole(string Code, string Name);

public static class StaffRoles
{
    public const string Counter = "counter";
    public const string Examiner = "examiner";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<StaffRole> All =
    [
        new(Counter, "窓口"),
        new(Examiner, "審査"),
        new(Manager, "課長"),
        new(Admin, "DX推進・管理者"),
    ];

    public static StaffRole? Find(string codeOrName) =>
        All.FirstOrDefault(r => r.Code == codeOrName || r.Name == codeOrName || (codeOrName is "DX推進" or "管理者" && r.Code == Admin));
}
