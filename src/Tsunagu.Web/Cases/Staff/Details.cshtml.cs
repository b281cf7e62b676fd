using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Staff;

public sealed class DetailsModel(
    CaseQueries queries, CaseWorkflow workflow, CaseStaff staff, IApplicationRecords applications, IProcedureDirectory procedures, AuditLog audit,
    IEnumerable<Contracts.ICaseFeeCheck> feeChecks) : PageModel
{
    public const string OpenPurpose = "案件の審査";

    public CaseFile Case { get; private set; } = null!;
    public IReadOnlyList<CaseEvent> History { get; private set; } = [];
    public ApplicationRecord? Application { get; private set; }
    /// <summary>Answers of counter and paper cases, labelled from the procedure's form where the key is one of its fields.</summary>
    public IReadOnlyList<(string Label, string Value)> OtherAnswers { get; private set; } = [];

    public IReadOnlyList<Export.CaseExport> Exports { get; private set; } = [];

    /// <summary>Whether the fee is paid, for procedures with a fee, as the module that collects fees answers.</summary>
    public Contracts.CaseCheckOutcome? Fee { get; private set; }
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];
    public IReadOnlyList<CaseStatus> Next { get; private set; } = [];
    public bool Overdue { get; private set; }
    public bool MayRequestCorrection { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Assignee { get; set; }
    [BindProperty] public string? ResidentMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(id, keepPosted: false, ct) ?? Page();
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, actor => CaseStatuses.Parse(To) is { } to
            ? workflow.TransitionAsync(id, Version, to, Note, actor, ct)
            : Task.FromResult<CaseResult>(new StatusRequired()), "status", ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, actor => workflow.AssignAsync(id, Version, Assignee, actor, ct), "assigned", ct);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, actor => workflow.AddNoteAsync(id, Note, actor, ct), "noted", ct);

    public Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, actor => workflow.MessageResidentAsync(id, ResidentMessage, actor, ct), "messaged", ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<StaffActor, Task<CaseResult>> act, string done, CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        var result = await act(actor);
        if (result.Succeeded)
        {
            return Redirect($"/staff/cases/{id}?done={done}");
        }
        if (result.Error is OtherDepartment)
        {
            await audit.RecordAsync("case.change.refused", "case", id.ToString(), "他の課の案件", ct);
            return Forbid();
        }
        if (result.Error is CaseNotFound)
        {
            return NotFound();
        }
        // Show the latest case with what this member of staff typed still in the form.
        ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
        return await LoadAsync(id, keepPosted: true, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool keepPosted, CancellationToken ct)
    {
        var actor = StaffActor.From(User);
        var c = await queries.FindAsync(id, ct);
        if (c is null)
        {
            return NotFound();
        }
        if (!actor.MaySee(c.Department))
        {
            await audit.RecordAsync("case.open.refused", "case", id.ToString(), "他の課の案件", ct);
            return Forbid();
        }
        await audit.RecordAsync("case.open", "case", id.ToString(), OpenPurpose, ct);
        Case = c;
        // The version shown is always the current one: after a conflict the next post applies to what is on screen.
        Version = c.Version;
        if (!keepPosted)
        {
            Assignee = c.AssigneeId;
        }
        History = await queries.HistoryAsync(id, ct);
        Application = c.ApplicationId is { } applicationId ? await applications.FindAsync(applicationId, ct) : null;
        var procedure = procedures.Find(c.ProcedureId);
        if (procedure?.Fee is > 0 && feeChecks.FirstOrDefault() is { } feeCheck)
        {
            Fee = await feeCheck.IsPaidAsync(new Contracts.CaseFacts(c.Id, c.ProcedureId, c.Channel, c.SourceReference, c.ApplicationId, procedure.Fee), ct);
        }
        var labels = (procedure?.Fields ?? []).ToDictionary(f => f.Id, f => f.Label);
        OtherAnswers = [.. (JsonSerializer.Deserialize<Dictionary<string, string>>(c.AnswersJson) ?? []).Select(a => (labels.GetValueOrDefault(a.Key, a.Key), a.Value))];
        Exports = await queries.ExportsAsync(id, ct);
        Members = await staff.OfDepartmentAsync(c.Department, ct);
        Next = CaseTransitions.Next(c.Status, c.RequiresApproval, actor.IsManager);
        Overdue = queries.IsOverdue(c);
        MayRequestCorrection = Application is not null && CaseTransitions.Check(c.Status, CaseStatus.CorrectionRequested, c.RequiresApproval, actor.IsManager) is null;
        return null;
    }
}
