using System.Security.Claims;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.OpenData.Catalogue;

/// <summary>The member of staff changing the catalogue: their own 課's datasets, or every dataset for the DX推進・管理者.</summary>
public sealed record Editor(string Id, string Name, string Department, bool IsAdmin, bool IsManager = false)
{
    public static readonly Editor System = new("system", "自動処理", "", true);

    public bool MayEdit(Dataset dataset) => IsAdmin || dataset.Department == Department;

    /// <summary>Publishing and retiring speak for the town, so the 課長 or the DX推進・管理者 decides.</summary>
    public bool MayPublish(Dataset dataset) => IsAdmin || (IsManager && dataset.Department == Department);

    public static Editor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? "",
        user.FindFirstValue(StaffClaimsFactory.DepartmentClaim) ?? "",
        user.IsInRole(StaffRoles.Admin),
        user.IsInRole(StaffRoles.Manager));
}

/// <summary>What staff type for a dataset; tags separated by commas, 、 or spaces.</summary>
public sealed record DatasetInput(
    string? Name, string? Title, string? Description, string? Tags, string? Department, string? Licence,
    string? UpdateFrequency, string? SpatialCoverage, string? TemporalCoverage, string? Contact, string? SchemaId);
