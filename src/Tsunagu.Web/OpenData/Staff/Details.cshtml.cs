using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData.Staff;

public sealed class DetailsModel(ResourceUploads uploads, DatasetEditing editing, SchemaCatalogue schemas, OpenDataOptions options) : PageModel
{
    public Dataset Dataset { get; private set; } = null!;
    public DatasetSchema? Schema { get; private set; }
    public Editor Editor { get; private set; } = null!;
    public ValidationReport? Report { get; private set; }
    public string? Done { get; private set; }
    public long MaxUploadBytes => options.MaxUploadBytes;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public Guid? ResourceId { get; set; }
    [BindProperty] public string? ResourceName { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(name, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string name, CancellationToken ct)
    {
        if (await LoadAsync(name, ct) is { } refused)
        {
            return refused;
        }
        if (Upload is null || Upload.Length == 0)
        {
            return Fail(new UploadMissing());
        }
        var bytes = Upload.Length > options.MaxUploadBytes ? null : await UploadText.ReadLimitedAsync(Upload.OpenReadStream(), options.MaxUploadBytes, ct);
        if (bytes is null)
        {
            return Fail(new UploadTooLarge(options.MaxUploadBytes));
        }
        var (result, report) = await uploads.UploadAsync(Dataset, ResourceId, ResourceName, Upload.FileName, bytes, Editor, ct);
        Report = report;
        if (result.Error is { } error)
        {
            return Fail(error);
        }
        return Redirect($"/staff/opendata/datasets/{name}?done=uploaded");
    }

    public Task<IActionResult> OnPostPublishAsync(string name, CancellationToken ct) => MoveAsync(name, DatasetStatus.Published, ct);

    public Task<IActionResult> OnPostRetireAsync(string name, CancellationToken ct) => MoveAsync(name, DatasetStatus.Retired, ct);

    private async Task<IActionResult> MoveAsync(string name, DatasetStatus to, CancellationToken ct)
    {
        if (await LoadAsync(name, ct) is { } refused)
        {
            return refused;
        }
        var result = await editing.MoveAsync(Dataset, to, Editor, ct);
        return result.Error is { } error ? Fail(error) : Redirect($"/staff/opendata/datasets/{name}?done={to.ToString().ToLowerInvariant()}");
    }

    private PageResult Fail(OpenDataError error)
    {
        ModelState.AddModelError(error.Field ?? "", error.Message);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string name, CancellationToken ct)
    {
        Editor = Editor.From(User);
        if (await uploads.FindAsync(name, ct) is not { } dataset)
        {
            return NotFound();
        }
        if (!Editor.MayEdit(dataset))
        {
            return Forbid();
        }
        (Dataset, Schema) = (dataset, schemas.Find(dataset.SchemaId));
        return null;
    }
}
