using System.Globalization;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Counter.Visits;

/// <summary>
/// Sends the visit's forms out: each applicable procedure becomes a case in its department's inbox and an item in that
/// department's queue. Safe to repeat: the case key is the visit and the procedure.
/// </summary>
public sealed class VisitSubmission(TsunaguDb db, ICaseIntake intake, TimeProvider clock)
{
    public async Task<VisitError?> SubmitAsync(VisitPlan plan, CancellationToken ct)
    {
        var visit = plan.Visit;
        if (visit.Status != VisitStatus.Draft)
        {
            return new VisitAlreadySubmitted();
        }
        if (plan.Unanswered.Count > 0)
        {
            return new QuestionsUnanswered();
        }
        if (plan.Forms.Count == 0)
        {
            return new NothingToSubmit();
        }
        var events = string.Join("・", plan.Events.Select(e => e.Name));
        foreach (var form in plan.Forms)
        {
            var answers = form.Lines.Where(l => l.Value.Length > 0).ToDictionary(l => l.FieldId, l => l.Value, StringComparer.Ordinal);
            var opened = await intake.OpenAsync(new NewCase(form.Procedure.Id, CaseChannel.Counter, visit.Id.ToString(), new ResidentId(plan.Person.Id.Value),
                    Value(plan, "resident.name", plan.Person.FullName), Value(plan, "resident.kana", plan.Person.FullNameKana), answers,
                    $"書かない窓口 受付番号{visit.Number.ToString(CultureInfo.InvariantCulture)}（{events}）: {string.Join(" ", form.Verdict.Reasons)}"),
                $"counter:{visit.Id:N}:{form.Procedure.Id}", ct);
            if (visit.Items.All(i => i.ProcedureId != form.Procedure.Id))
            {
                // Added through the set as well: EF would take an item with its key set, found only by navigation, for an existing row.
                var item = new VisitItem
                {
                    Id = Guid.CreateVersion7(),
                    VisitId = visit.Id,
                    ProcedureId = form.Procedure.Id,
                    ProcedureName = form.Procedure.Name,
                    Department = opened.Department,
                    CaseId = opened.CaseId,
                    CaseNumber = opened.CaseNumber,
                    Status = VisitItemStatus.Waiting,
                };
                visit.Items.Add(item);
                db.Set<VisitItem>().Add(item);
            }
        }
        visit.Status = VisitStatus.Waiting;
        visit.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        visit.Forms = plan.Forms.Count;
        visit.PrefilledFields = plan.Forms.Sum(f => f.Prefilled);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string Value(VisitPlan plan, string key, string fallback) =>
        plan.Values.FirstOrDefault(v => v.Key == key)?.Value is { Length: > 0 } v ? v : fallback;
}
