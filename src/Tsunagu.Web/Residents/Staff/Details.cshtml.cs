using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Residents.Staff;

public sealed class DetailsModel(IResidentDirectory directory) : PageModel
{
    public Guid Id { get; private set; }
    public string Purpose { get; private set; } = "";
    public HouseholdRecord? Household { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? purpose, CancellationToken ct)
    {
        // A record is only opened for a stated purpose; without one, go back to the search.
        if (purpose is null || !AccessPurposes.All.Contains(purpose))
        {
            return Redirect("/staff/residents");
        }
        Id = id;
        Purpose = purpose;
        Household = await directory.HouseholdOfAsync(new ResidentId(id), purpose, ct);
        return Household is null ? NotFound() : Page();
    }
}
