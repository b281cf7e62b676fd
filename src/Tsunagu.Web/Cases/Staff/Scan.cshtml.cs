using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Cases.PaperIntake;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Files;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Cases.Staff;

/// <summary>The verification screen: the scan beside the values read from it, for staff to confirm or correct.</summary>
public sealed class ScanModel(TsunaguDb db, PaperFormTemplates templates, PaperIntakeService intake, PaperScanDecisions decisions, AuditLog audit) : PageModel
{
    public const string OpenPurpose = "紙の申請書の確認";

    public PaperScan Scan { get; private set; } = null!;
    public PaperFormTemplate Template { get; private set; } = null!;
    public IReadOnlyDictionary<string, ExtractedValue> Read { get; private set; } = new Dictionary<string, ExtractedValue>();
    public ResidentRecord? Applicant { get; private set; }

    /// <summary>Fields whose value was taken from the registry instead of the reading, with what was read.</summary>
    public Dictionary<string, string> FromRegistry { get; } = new(StringComparer.Ordinal);

    [BindProperty] public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, keepPosted: false, ct) ?? Page();

    public async Task<IActionResult> OnGetImageAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } scan)
        {
            return await RefusedAsync(id, ct);
        }
        var image = intake.OpenPageImage(scan);
        var kind = scan.PageImageSha256 is null ? StoredFile.FromReference(scan.FileReference)?.Kind ?? "" : "png";
        return image is null ? NotFound() : File(image, FileKinds.ContentType(kind));
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct)
    {
        var (opened, errors) = await decisions.AcceptAsync(id, Version, Values, StaffActor.From(User), ct);
        if (opened is not null)
        {
            return Redirect($"/staff/cases/{opened.CaseId}?done=paper");
        }
        return await ShowAsync(id, errors, ct);
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken ct) =>
        await decisions.DiscardAsync(id, Version, StaffActor.From(User), ct) is { } error ? await ShowAsync(id, [error], ct) : Redirect("/staff/cases/scans");

    public async Task<IActionResult> OnPostRereadAsync(Guid id, CancellationToken ct) =>
        await intake.RereadAsync(id, StaffActor.From(User), ct) is { } error ? await ShowAsync(id, [error], ct) : Redirect($"/staff/cases/scans/{id}");

    private async Task<IActionResult> ShowAsync(Guid id, IReadOnlyList<PaperIntakeError> errors, CancellationToken ct)
    {
        if (errors.Contains(PaperIntakeError.OtherDepartment))
        {
            return await RefusedAsync(id, ct);
        }
        foreach (var e in errors)
        {
            ModelState.AddModelError(e.Field is null ? "" : $"v-{e.Field}", e.Message);
        }
        return await LoadAsync(id, keepPosted: true, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool keepPosted, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } scan)
        {
            return await RefusedAsync(id, ct);
        }
        await audit.RecordAsync("paper-scan.open", "paper-scan", id.ToString(), OpenPurpose, ct);
        (Scan, Template) = (scan, templates.Find(scan.ProcedureId)!);
        Read = (JsonSerializer.Deserialize<List<ExtractedValue>>(scan.ReadJson) ?? []).ToDictionary(v => v.FieldId, StringComparer.Ordinal);
        if (keepPosted)
        {
            ModelState.Remove(nameof(Version));
            return null;
        }
        Version = scan.Version;
        Values = Template.Fields.ToDictionary(f => f.FieldId, f => (string?)Read.GetValueOrDefault(f.FieldId)?.Value, StringComparer.Ordinal);
        if (scan.Status == PaperScanStatus.Read)
        {
            await PreferRegistryAsync(ct);
        }
        return null;
    }

    /// <summary>
    /// Once only: when the kana and birth date read find exactly one resident, the name, address and postal code come from
    /// the registry (OCR misreads kanji far more often than kana and digits), and the page says so beside each field.
    /// </summary>
    private async Task PreferRegistryAsync(CancellationToken ct)
    {
        var known = Values.Where(v => v.Value is { Length: > 0 }).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
        Applicant = await decisions.FindApplicantAsync(Template, known, ct);
        if (Applicant is null)
        {
            return;
        }
        foreach (var (prefill, value) in new[] { ("resident.name", Applicant.FullName), ("resident.address", Applicant.Address.FullText), ("resident.postalCode", Applicant.Address.PostalCode) })
        {
            if (Template.Fields.FirstOrDefault(f => f.Prefill == prefill) is not { } field)
            {
                continue;
            }
            if (PaperFieldKinds.Compact(Values[field.FieldId]) != PaperFieldKinds.Compact(value))
            {
                FromRegistry[field.FieldId] = Values[field.FieldId] ?? "";
            }
            // Written as the registry writes it, spacing included, even where the reading agreed.
            Values[field.FieldId] = value;
        }
    }

    private async Task<PaperScan?> FindAsync(Guid id, CancellationToken ct)
    {
        var scan = await db.Set<PaperScan>().FindAsync([id], ct);
        return scan is not null && StaffActor.From(User).MaySee(scan.Department) ? scan : null;
    }

    private async Task<IActionResult> RefusedAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<PaperScan>().FindAsync([id], ct) is null)
        {
            return NotFound();
        }
        await audit.RecordAsync("paper-scan.open.refused", "paper-scan", id.ToString(), "他の課の紙の申請書", ct);
        return Forbid();
    }
}
