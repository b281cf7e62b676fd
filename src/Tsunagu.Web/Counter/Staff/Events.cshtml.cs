using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>Step 2: the life events that bring the resident (one or more).</summary>
public sealed class EventsModel(VisitDesk desk, LifeEventCatalogue catalogue) : VisitPageModel(desk)
{
    private readonly VisitDesk _desk = desk;

    [BindProperty] public List<string> Events { get; set; } = [];

    public IReadOnlyList<LifeEvent> All => catalogue.All;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        Events = [.. Visit.LifeEventIds];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (await _desk.ChooseEventsAsync(Visit, Events, ct) is { } error)
        {
            AddError(error);
            return Page();
        }
        return Redirect(StepUrl("questions"));
    }
}
