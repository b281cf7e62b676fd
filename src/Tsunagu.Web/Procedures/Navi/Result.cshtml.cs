using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Navi;

public sealed class ResultModel(ProcedureCatalogue catalogue) : PageModel
{
    public IReadOnlyList<NaviGroup> Groups { get; private set; } = [];

    public void OnGet(string[]? events, string? children, string? elderly, string? nhi, string? dog) =>
        Groups = NaviPlanner.Plan(catalogue.Published, NaviAnswers.From(events, children, elderly, nhi, dog));
}
