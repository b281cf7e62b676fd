using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Export;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Cases.Staff;

/// <summary>Selected cases of the inbox as CSV or Excel. Only cases the member of staff may see are included.</summary>
public sealed class DownloadModel(TsunaguDb db, AuditLog audit) : PageModel
{
    public const int MaxCases = 1000;

    public async Task<IActionResult> OnGetAsync([FromQuery] List<Guid> ids, string? format, string? dept, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            // Nothing ticked: back to the inbox, which says so nowhere better than by showing the list again.
            return Redirect("/staff/cases" + (dept is null ? "" : "?Dept=" + Uri.EscapeDataString(dept)));
        }
        var actor = StaffActor.From(User);
        var wanted = ids.Distinct().Take(MaxCases).ToList();
        var cases = await db.Set<CaseFile>().AsNoTracking().Where(c => wanted.Contains(c.Id)).OrderBy(c => c.ReceivedAt).ToListAsync(ct);
        var refused = cases.Where(c => !actor.MaySee(c.Department)).ToList();
        if (refused.Count > 0)
        {
            await audit.RecordAsync("cases.download.refused", "case", refused[0].Id.ToString(), "他の課の案件", ct);
            return Forbid();
        }
        await audit.RecordAsync("cases.download", "cases", string.Join(',', cases.Select(c => c.Number)), "案件一覧の保存", ct);
        Response.Headers.CacheControl = "no-store";
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
        return format == "xlsx"
            ? File(CaseSheets.Excel(cases), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"cases-{stamp}.xlsx")
            : File(CaseSheets.Csv(cases), "text/csv; charset=utf-8", $"cases-{stamp}.csv");
    }
}
