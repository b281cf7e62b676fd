using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Pages;

public sealed class DetailsModel(ProcedureCatalogue catalogue) : PageModel
{
    public ProcedureDefinition Procedure { get; private set; } = null!;
    public string DepartmentName { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        if (catalogue.Find(id) is not { Published: true } procedure)
        {
            return NotFound();
        }
        Procedure = procedure;
        DepartmentName = Departments.Find(procedure.Department)?.Name ?? procedure.Department;
        return Page();
    }
}
