using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Platform.StaffIdentity.Staff;

/// <summary>An entry on the staff home page, shown to the roles it names (all staff when empty).</summary>
public sealed record StaffEntry(string Title, string Description, string Url, params string[] Roles);

public sealed class IndexModel(IEnumerable<StaffEntry> entries) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<StaffEntry> Entries { get; private set; } = [];

    public void OnGet()
    {
        DisplayName = User.FindFirst(StaffClaimsFactory.DisplayNameClaim)?.Value ?? "";
        Entries = entries.Where(e => e.Roles.Length == 0 || e.Roles.Any(User.IsInRole)).ToList();
    }
}
