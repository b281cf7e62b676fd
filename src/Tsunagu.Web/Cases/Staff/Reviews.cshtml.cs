using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.Reviews;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Cases.Staff;

/// <summary>The register of reviewed business processes (BPR), town-wide: every member of staff may read it.</summary>
public sealed class ReviewsModel(TsunaguDb db, IProcessReviewRegister register) : PageModel
{
    public IReadOnlyList<ProcessReview> Rows { get; private set; } = [];
    public ProcessReviewCounts Counts { get; private set; } = null!;
    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        MayEdit = actor.IsAdmin || actor.IsManager;
        Rows = await db.Set<ProcessReview>().AsNoTracking().OrderBy(r => r.Department).ThenBy(r => r.Name).ToListAsync(ct);
        Counts = await register.CountAsync(ct);
    }
}
