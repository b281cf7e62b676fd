using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Staff;

public sealed class EditModel(TsunaguDb db, DatasetEditing editing, SchemaCatalogue schemas) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Tags { get; set; }
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? SchemaId { get; set; }
    [BindProperty] public string? UpdateFrequency { get; set; }
    [BindProperty] public string? SpatialCoverage { get; set; }
    [BindProperty] public string? TemporalCoverage { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Licence { get; set; }

    public bool IsNew { get; private set; } = true;
    public Editor Editor { get; private set; } = null!;
    public IReadOnlyList<DatasetSchema> Schemas => schemas.All;

    public async Task<IActionResult> OnGetAsync(string? dataset, CancellationToken ct)
    {
        Editor = Editor.From(User);
        (Department, SpatialCoverage, Licence) = (Editor.Department, "大分県玖珠郡九重町", Dataset.DefaultLicence);
        // The route value is "dataset", not "name": model binding ignores case, and the form has a Name field.
        if (dataset is null)
        {
            return Page();
        }
        if (await db.Set<Dataset>().AsNoTracking().SingleOrDefaultAsync(d => d.Name == dataset, ct) is not { } d)
        {
            return NotFound();
        }
        if (!Editor.MayEdit(d))
        {
            return Forbid();
        }
        IsNew = false;
        (Name, Title, Description, Tags, Department, SchemaId) = (d.Name, d.Title, d.Description, string.Join("、", d.TagList), d.Department, d.SchemaId);
        (UpdateFrequency, SpatialCoverage, TemporalCoverage, Contact, Licence) = (d.UpdateFrequency, d.SpatialCoverage, d.TemporalCoverage, d.Contact, d.Licence);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? dataset, CancellationToken ct)
    {
        Editor = Editor.From(User);
        var input = new DatasetInput(Name, Title, Description, Tags, Department, Licence, UpdateFrequency, SpatialCoverage, TemporalCoverage, Contact, SchemaId);
        OpenDataResult result;
        if (dataset is null)
        {
            (result, _) = await editing.CreateAsync(input, Editor, ct);
        }
        else
        {
            IsNew = false;
            if (await db.Set<Dataset>().SingleOrDefaultAsync(d => d.Name == dataset, ct) is not { } existing)
            {
                return NotFound();
            }
            result = await editing.UpdateAsync(existing, input, Editor, ct);
        }
        if (result.Error is { } error)
        {
            ModelState.AddModelError(error.Field ?? "", error.Message);
            return Page();
        }
        return Redirect($"/staff/opendata/datasets/{Name!.Trim()}?done=saved");
    }
}
