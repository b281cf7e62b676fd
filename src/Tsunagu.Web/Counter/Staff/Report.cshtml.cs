using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>The weekly report: visits, time from start to done, forms made and fields the resident did not write.</summary>
public sealed class ReportModel(VisitMeasures measures) : PageModel
{
    public const int Weeks = 8;

    public IReadOnlyList<WeekMeasures> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await measures.WeeksAsync(Weeks, ct);

    public static string Minutes(double? minutes) => minutes is { } m ? $"{m:0.0}" : "—";
}
