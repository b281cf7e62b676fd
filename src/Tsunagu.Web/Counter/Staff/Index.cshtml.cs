using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>The counter's start: begin a visit, or pick up one of today's drafts.</summary>
public sealed class IndexModel(VisitDesk desk, VisitMeasures measures) : PageModel
{
    public IReadOnlyList<Visit> Today { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Today = await measures.TodayAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var visit = await desk.StartAsync(VisitPageModel.StaffId(User), ct);
        return Redirect($"/staff/counter/visits/{visit.Id}/identify");
    }

    public static string StatusName(VisitStatus status) => status switch
    {
        VisitStatus.Draft => "受付中（下書き）",
        VisitStatus.Waiting => "各課の対応待ち",
        _ => "完了",
    };
}
