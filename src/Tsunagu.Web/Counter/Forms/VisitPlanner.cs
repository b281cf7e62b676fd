using System.Text.Json;
using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Counter.Visits;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Counter.Forms;

/// <summary>Works out a visit's procedures and fills their forms from the registry, the answers and staff corrections.</summary>
public sealed class VisitPlanner(IResidentDirectory directory, IProcedureDirectory procedures, LifeEventCatalogue catalogue)
{
    public const string Purpose = "書かない窓口（申請書の作成）";
    private const string MembersPrefill = "household.members";

    public async Task<VisitPlan?> PlanAsync(Visit visit, CancellationToken ct)
    {
        if (visit.ResidentId is not { } id || await directory.HouseholdOfAsync(new ResidentId(id), Purpose, ct) is not { } household
            || household.Members.FirstOrDefault(m => m.Id.Value == id) is not { } person)
        {
            return null;
        }
        var events = catalogue.FindAll(visit.LifeEventIds);
        var answers = Read(visit.AnswersJson);
        var ages = household.Members.Select(m => LifeEventRules.AgeOn(m.BirthDate, visit.Day)).ToList();
        var verdicts = LifeEventRules.Decide(events, answers, ages);
        var values = VisitValues.FromRegistry(person, household);
        var applicable = verdicts.Where(v => v.Applies).Select(v => (Verdict: v, Procedure: procedures.Find(v.ProcedureId))).Where(p => p.Procedure is not null).ToList();
        foreach (var (_, procedure) in applicable)
        {
            values.AddRange(FromAnswers(procedure!, events));
        }
        var corrections = Read(visit.CorrectionsJson);
        var shared = values.Select(v => corrections.TryGetValue(v.Key, out var c) && c != v.Value ? v with { Value = c, Source = ValueSource.Corrected } : v).ToList();
        var byKey = shared.ToDictionary(v => v.Key, StringComparer.Ordinal);
        var forms = applicable.Select(p => new VisitForm(p.Procedure!, p.Verdict, Lines(p.Procedure!, byKey, household.Members.Count - 1))).ToList();
        return new VisitPlan(visit, person, household, events, answers, verdicts, shared, forms);
    }

    public static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    // A choice field that names the life event ("他の市区町村から転入した") is answered by the event itself.
    private static IEnumerable<VisitValue> FromAnswers(ProcedureSummary procedure, IReadOnlyList<LifeEvent> events) =>
        from field in procedure.Fields
        where field.Options.Count > 0
        from e in events
        let keyword = Keyword(e)
        let matches = field.Options.Where(o => o.Contains(keyword, StringComparison.Ordinal)).ToList()
        where matches.Count == 1
        group (Event: e, Option: matches[0]) by field into g
        select new VisitValue($"{procedure.Id}.{g.Key.Id}", $"{procedure.Name}：{g.Key.Label}", g.First().Option, ValueSource.Answer);

    private static string Keyword(LifeEvent e) => e.Name.Split('（')[0].Replace("到達", "", StringComparison.Ordinal);

    private static List<FormLine> Lines(ProcedureSummary procedure, Dictionary<string, VisitValue> values, int others)
    {
        var lines = new List<FormLine>();
        foreach (var field in procedure.Fields)
        {
            if (field.Prefill == MembersPrefill)
            {
                for (var i = 0; i < others; i++)
                {
                    lines.AddRange(field.Fields.Select(sub => Line($"{field.Id}[{i}].{sub.Id}", $"{field.Label}（{i + 1}）{sub.Label}", $"{MembersPrefill}[{i}].{sub.Id}", values)));
                }
                continue;
            }
            lines.Add(Line(field.Id, field.Label, field.Prefill ?? $"{procedure.Id}.{field.Id}", values));
        }
        return lines;
    }

    private static FormLine Line(string fieldId, string label, string key, Dictionary<string, VisitValue> values) =>
        values.TryGetValue(key, out var v) ? new FormLine(fieldId, label, v.Value, key) : new FormLine(fieldId, label, "", null);
}
