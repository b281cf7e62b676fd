using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

public sealed class ReviewModel(ApplicationJourney journey) : PageModel
{
    public Guid DraftId { get; private set; }
    public ProcedureDefinition Procedure { get; private set; } = null!;
    public FormAnswers Answers { get; private set; } = new();
    public IReadOnlyList<(PageDefinition Page, int Index)> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken ct)
    {
        var opened = await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct);
        if (opened is not { } o)
        {
            return NotFound();
        }
        if (o.Draft.SubmittedApplicationId is not null)
        {
            return Redirect($"/apply/{draftId}/done");
        }
        Show(draftId, o.Procedure, FormAnswers.FromJson(o.Draft.AnswersJson));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, string? declaration, CancellationToken ct)
    {
        var opened = await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct);
        if (opened is not { } o)
        {
            return NotFound();
        }
        Show(draftId, o.Procedure, FormAnswers.FromJson(o.Draft.AnswersJson));
        // A submitted draft answers with its receipt, whatever is posted: this is what makes a double submit harmless.
        if (o.Draft.SubmittedApplicationId is null && declaration != "yes")
        {
            ModelState.AddModelError("f-declaration", "申請するには、内容に誤りがないことを確認して、チェックを入れてください。");
            return Page();
        }
        if (o.Draft.SubmittedApplicationId is null && o.Procedure.Assurance == Vocabulary.CardSignature)
        {
            // Signed applications are submitted from the signing step, over exactly the bytes the resident signs.
            return FormValidation.FirstProblem(o.Procedure.Form!, Answers) is { } problem
                ? ProblemRedirect(draftId, problem.PageIndex, problem.Message)
                : Redirect($"/apply/{draftId}/sign");
        }
        var outcome = await journey.SubmitAsync(o.Draft, o.Procedure, ct);
        return outcome.Application is null
            ? ProblemRedirect(draftId, outcome.ProblemPage!.Value, outcome.Problem)
            : Redirect($"/apply/{draftId}/done");
    }

    private RedirectResult ProblemRedirect(Guid draftId, int pageIndex, string? problem)
    {
        TempData["problem"] = problem;
        return Redirect($"/apply/{draftId}/{pageIndex + 1}");
    }

    private void Show(Guid draftId, ProcedureDefinition procedure, FormAnswers answers)
    {
        (DraftId, Procedure, Answers) = (draftId, procedure, answers);
        Pages = procedure.Form!.Pages.Select((p, i) => (p, i)).Where(x => FormLogic.Holds(x.p.ShowIf, answers)).ToList();
    }
}
