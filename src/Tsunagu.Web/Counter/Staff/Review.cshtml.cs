using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>Step 5: the pre-filled values, each with its source; a correction here is a correction in every form.</summary>
public sealed class ReviewModel(VisitDesk desk, VisitPlanner planner, VisitSubmission submission) : VisitPageModel(desk)
{
    private readonly VisitDesk _desk = desk;

    [BindProperty] public List<string> Keys { get; set; } = [];
    [BindProperty] public List<string> Values { get; set; } = [];

    public VisitPlan Plan { get; private set; } = null!;
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }
        var edited = Keys.Zip(Values, (k, v) => (k, v: v ?? "")).DistinctBy(p => p.k).ToDictionary(p => p.k, p => p.v, StringComparer.Ordinal);
        if (await _desk.CorrectAsync(Visit, Plan, edited, ct) is { } error)
        {
            AddError(error);
            return Page();
        }
        return Redirect(StepUrl("review") + "?saved=true");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }
        if (await submission.SubmitAsync(Plan, ct) is { } error)
        {
            AddError(error);
            return Page();
        }
        return Redirect(StepUrl("done"));
    }

    public static string SourceName(ValueSource source) => source switch
    {
        ValueSource.Registry => "住民基本台帳",
        ValueSource.Answer => "お答え",
        _ => "職員が訂正",
    };

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (await planner.PlanAsync(Visit, ct) is not { } plan)
        {
            return Redirect(StepUrl("identify"));
        }
        Plan = plan;
        return plan.Events.Count == 0 || plan.Unanswered.Count > 0 ? Redirect(StepUrl("questions")) : null;
    }
}
