using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Counter.Visits;

/// <summary>The steps of a visit before the forms go out: start, identify, choose life events, answer, correct values.</summary>
public sealed class VisitDesk(TsunaguDb db, IResidentDirectory directory, LifeEventCatalogue catalogue, TimeProvider clock)
{
    public const string IdentifyPurpose = "書かない窓口（本人確認）";
    public const int MaxValueLength = 200;

    public async Task<Visit> StartAsync(string staffId, CancellationToken ct)
    {
        var day = JapanTime.Today(clock);
        var last = await db.Set<Visit>().Where(v => v.Day == day).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var visit = new Visit { Id = Guid.CreateVersion7(), Number = last + 1, Day = day, StartedAt = clock.GetUtcNow().UtcDateTime, StaffId = staffId, Status = VisitStatus.Draft };
        db.Set<Visit>().Add(visit);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    /// <summary>A visit by id, with its items. The start page lists only today's visits, so drafts drop off at the end of the day.</summary>
    public Task<Visit?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<Visit>().Include(v => v.Items).FirstOrDefaultAsync(v => v.Id == id, ct);

    public async Task<VisitError?> IdentifyAsync(Visit visit, ResidentId resident, CancellationToken ct)
    {
        if (visit.Status != VisitStatus.Draft)
        {
            return new VisitAlreadySubmitted();
        }
        if (await directory.FindAsync(resident, IdentifyPurpose, ct) is not { IsResident: true } person)
        {
            return new ResidentNotIdentified();
        }
        (visit.ResidentId, visit.ResidentName, visit.ResidentKana) = (person.Id.Value, person.FullName, person.FullNameKana);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<VisitError?> ChooseEventsAsync(Visit visit, IReadOnlyList<string> eventIds, CancellationToken ct)
    {
        var chosen = catalogue.FindAll(eventIds.Distinct());
        if (Refusal(visit) is { } refused)
        {
            return refused;
        }
        if (chosen.Count == 0)
        {
            return new NoLifeEventChosen();
        }
        visit.LifeEvents = string.Join(',', chosen.Select(e => e.Id));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Keeps every answer given, even to questions of events since unchosen: choosing them again should not ask twice.</summary>
    public async Task<VisitError?> AnswerAsync(Visit visit, IReadOnlyDictionary<string, string> answers, CancellationToken ct)
    {
        if (Refusal(visit) is { } refused)
        {
            return refused;
        }
        var merged = VisitPlanner.Read(visit.AnswersJson);
        var questions = LifeEventRules.QuestionsFor(catalogue.FindAll(visit.LifeEventIds));
        foreach (var q in questions.Where(q => answers.TryGetValue(q.Id, out var a) && q.Choices.Any(c => c.Value == a)))
        {
            merged[q.Id] = answers[q.Id];
        }
        visit.AnswersJson = JsonSerializer.Serialize(merged);
        await db.SaveChangesAsync(ct);
        return LifeEventRules.Unanswered(catalogue.FindAll(visit.LifeEventIds), merged).Count > 0 ? new QuestionsUnanswered() : null;
    }

    /// <summary>Keeps the values that differ from what the forms showed, by key, so each is corrected in every form at once.</summary>
    public async Task<VisitError?> CorrectAsync(Visit visit, VisitPlan plan, IReadOnlyDictionary<string, string> edited, CancellationToken ct)
    {
        if (Refusal(visit) is { } refused)
        {
            return refused;
        }
        var corrections = VisitPlanner.Read(visit.CorrectionsJson);
        foreach (var value in plan.Values)
        {
            if (!edited.TryGetValue(value.Key, out var given))
            {
                continue;
            }
            given = given.Trim();
            if (given.Length > MaxValueLength)
            {
                return new ValueTooLong(value.Label);
            }
            if (given != value.Value)
            {
                corrections[value.Key] = given;
            }
        }
        visit.CorrectionsJson = JsonSerializer.Serialize(corrections);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static VisitError? Refusal(Visit visit) =>
        visit.Status != VisitStatus.Draft ? new VisitAlreadySubmitted() : visit.ResidentId is null ? new ResidentNotIdentified() : null;
}
