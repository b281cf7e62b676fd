using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Pages;

public sealed class IndexModel(ProcedureCatalogue catalogue) : PageModel
{
    public string? Q { get; private set; }
    public string? Category { get; private set; }
    public string? Department { get; private set; }
    public string? LifeEvent { get; private set; }
    public IReadOnlyList<ProcedureDefinition> Results { get; private set; } = [];

    public void OnGet(string? q, string? category, string? department, string? lifeEvent)
    {
        Q = q is { Length: > 100 } ? q[..100] : q;
        (Category, Department, LifeEvent) = (category, department, lifeEvent);
        Results = ProcedureSearch.Find(catalogue.Published, new ProcedureFilter(Q, category, department, lifeEvent));
    }
}
