using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Platform.Auditing.Staff;

[Authorize(Policy = StaffPolicies.Admin)]
public sealed class IndexModel(TsunaguDb db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int Skip => (Math.Max(1, PageNumber) - 1) * PageSize;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor)) { q = q.Where(e => e.Actor == Actor.Trim()); }
        if (!string.IsNullOrWhiteSpace(Action)) { q = q.Where(e => e.Action.StartsWith(Action.Trim())); }
        if (!string.IsNullOrWhiteSpace(SubjectId)) { q = q.Where(e => e.SubjectId == SubjectId.Trim()); }
        // Dates are picked in Japan time; entries are stored in UTC.
        if (From is { } f) { var from = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - JapanTime.Offset; q = q.Where(e => e.At >= from); }
        if (To is { } t) { var to = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - JapanTime.Offset; q = q.Where(e => e.At < to); }
        Total = await q.CountAsync(ct);
        Entries = await q.OrderByDescending(e => e.Id).Skip(Skip).Take(PageSize).ToListAsync(ct);
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["Actor"] = Actor,
            ["Action"] = Action,
            ["SubjectId"] = SubjectId,
            ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}
