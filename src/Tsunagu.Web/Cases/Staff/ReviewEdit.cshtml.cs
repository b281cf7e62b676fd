using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Reviews;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Cases.Staff;

/// <summary>Creates or edits one entry of the review register. 課長 edit their department's entries; 管理者 any.</summary>
public sealed class ReviewEditModel(TsunaguDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? BeforeSteps { get; set; }
    [BindProperty] public string? AfterSteps { get; set; }
    [BindProperty] public string? MinutesSaved { get; set; }
    [BindProperty] public string? CasesPerYear { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public int Version { get; set; }
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        IsNew = id is null;
        if (id is null)
        {
            (Department, Status) = (actor.Department, ReviewStatuses.Candidate);
            return MayEdit(actor, actor.Department) ? Page() : Forbid();
        }
        var review = await db.Set<ProcessReview>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (review is null)
        {
            return NotFound();
        }
        if (!MayEdit(actor, review.Department))
        {
            return Forbid();
        }
        (Name, Department, BeforeSteps, AfterSteps, Status, Version) = (review.Name, review.Department, review.BeforeSteps, review.AfterSteps, review.Status, review.Version);
        (MinutesSaved, CasesPerYear) = (review.MinutesSavedPerCase.ToString(System.Globalization.CultureInfo.InvariantCulture), review.CasesPerYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        IsNew = id is null;
        var input = ReviewInput.Check(Name, Department, BeforeSteps, AfterSteps, MinutesSaved, CasesPerYear, Status, ModelState);
        if (Departments.Find(Department ?? "") is { } d && !MayEdit(actor, d.Code))
        {
            ModelState.AddModelError(nameof(Department), "ほかの課の見直しは登録できません。自分の課を選んでください。");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var review = id is null ? new ProcessReview { Id = Guid.CreateVersion7() } : await db.Set<ProcessReview>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (review is null)
        {
            return NotFound();
        }
        if (id is not null && (!MayEdit(actor, review.Department) || review.Version != Version))
        {
            if (!MayEdit(actor, review.Department))
            {
                return Forbid();
            }
            ModelState.AddModelError("", "この見直しは、表示したあとにほかの職員が更新しました。入力した内容は残っています。一覧で最新の内容を確かめてから、もう一度保存してください。");
            Version = review.Version;
            return Page();
        }
        input.ApplyTo(review);
        (review.UpdatedAt, review.UpdatedBy) = (clock.GetUtcNow().UtcDateTime, actor.Name);
        review.Version++;
        if (id is null)
        {
            db.Add(review);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "この見直しは、表示したあとにほかの職員が更新しました。入力した内容は残っています。もう一度保存してください。");
            db.ChangeTracker.Clear();
            Version = (await db.Set<ProcessReview>().AsNoTracking().SingleAsync(r => r.Id == id, ct)).Version;
            return Page();
        }
        await audit.RecordAsync(id is null ? "cases.review.create" : "cases.review.change", "process-review", review.Id.ToString(), review.Status, ct);
        return Redirect("/staff/cases/reviews");
    }

    private static bool MayEdit(StaffActor actor, string department) => RuleEditors.MayEdit(actor, department);
}
