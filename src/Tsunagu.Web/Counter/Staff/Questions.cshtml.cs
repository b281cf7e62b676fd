using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>Step 3: each question once, whichever life events share it.</summary>
public sealed class QuestionsModel(VisitDesk desk, LifeEventCatalogue catalogue) : VisitPageModel(desk)
{
    private readonly VisitDesk _desk = desk;

    [BindProperty] public Dictionary<string, string> Answers { get; set; } = [];

    public IReadOnlyList<LifeEventQuestion> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }
        Answers = VisitPlanner.Read(Visit.AnswersJson);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }
        if (await _desk.AnswerAsync(Visit, Answers, ct) is { } error)
        {
            AddError(error);
            return Page();
        }
        return Redirect(StepUrl("procedures"));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (Visit.LifeEventIds.Count == 0)
        {
            return Redirect(StepUrl("events"));
        }
        Questions = LifeEventRules.QuestionsFor(catalogue.FindAll(Visit.LifeEventIds));
        return null;
    }
}
