using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Cases.Staff;

public sealed class IndexModel(CaseQueries queries, CaseStaff staff, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dept { get; set; }
    [BindProperty(SupportsGet = true)] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Due { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public Department Department { get; private set; } = null!;
    public bool MayChooseDepartment { get; private set; }
    public Inbox Inbox { get; private set; } = null!;
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];
    public int Pages => Math.Max(1, (Inbox.Total + InboxFilter.PageSize - 1) / InboxFilter.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        MayChooseDepartment = actor.IsAdmin;
        var code = string.IsNullOrEmpty(Dept) ? actor.Department : Dept;
        if (Departments.Find(code) is not { } department)
        {
            return NotFound();
        }
        if (!actor.MaySee(department.Code))
        {
            await audit.RecordAsync("cases.inbox.refused", "department", department.Code, "他の課の受付箱", ct);
            return Forbid();
        }
        Department = department;
        var status = CaseStatuses.Parse(Status);
        var channel = Enum.TryParse<CaseChannel>(Channel, out var c) && Enum.IsDefined(c) ? c : (CaseChannel?)null;
        if (Q?.Length > 100)
        {
            Q = Q[..100];
        }
        Inbox = await queries.InboxAsync(new InboxFilter(department.Code, Procedure, status, Assignee, Due, channel, Q, Sort ?? InboxFilter.SortDue,
            Math.Max(1, P), IncludeClosed: Status == "all"), actor.Id, ct);
        Members = await staff.OfDepartmentAsync(department.Code, ct);
        return Page();
    }

    /// <summary>The current query with one value changed, for paging and status links.</summary>
    public string Link(string key, string? value)
    {
        var query = Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        query.Remove("p");
        if (value is null)
        {
            query.Remove(key);
        }
        else
        {
            query[key] = value;
        }
        return "/staff/cases" + Microsoft.AspNetCore.Http.QueryString.Create(query.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)));
    }
}
