using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Support;

/// <summary>Households of the seeded town and the steps of a counter visit, for the counter's HTTP tests.</summary>
public static class CounterScenario
{
    /// <summary>The <paramref name="skip"/>-th current household of exactly three, with a child under 18: head first.</summary>
    public static Task<IReadOnlyList<Person>> FamilyOfThreeAsync(TsunaguFactory factory, int skip = 0) =>
        factory.WithScopeAsync(async sp =>
        {
            var today = JapanTime.Today(sp.GetRequiredService<TimeProvider>());
            var people = await sp.GetRequiredService<TsunaguDb>().Set<Person>().AsNoTracking().Where(p => p.Status == ResidencyStatus.Resident).ToListAsync();
            var families = people.GroupBy(p => p.HouseholdId)
                .Where(g => g.Count() == 3 && g.Any(p => LifeEventRules.AgeOn(p.BirthDate, today) < 15) && g.Any(p => p.Relationship == "世帯主"))
                .OrderBy(g => g.Min(p => p.ResidentCode), StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<Person>)[.. g.OrderBy(p => p.Relationship == "世帯主" ? 0 : 1).ThenBy(p => p.BirthDate)]);
            return families.Skip(skip).First();
        });

    /// <summary>Starts a visit and identifies <paramref name="person"/> by kana and birth date; returns the visit's path.</summary>
    public static async Task<string> StartAndIdentifyAsync(HttpClient staff, Person person)
    {
        var started = await Html.SubmitFormAsync(staff, "/staff/counter", []);
        var visitPath = started.Path[..started.Path.LastIndexOf('/')];
        var kana = Uri.EscapeDataString(person.FamilyNameKana + person.GivenNameKana);
        var found = await Html.GetAsync(staff, $"{visitPath}/identify?Kana={kana}&BirthDate={person.BirthDate:yyyy-MM-dd}");
        var events = await Html.SubmitFormAsync(staff, found, new() { ["Person"] = person.Id.ToString() });
        Assert.Equal($"{visitPath}/events", events.Path);
        return visitPath;
    }

    /// <summary>A whole visit for one life event, submitted; returns the visit's path.</summary>
    public static async Task<string> SubmitVisitAsync(HttpClient staff, Person person, string lifeEvent, Dictionary<string, string> answers)
    {
        var visit = await StartAndIdentifyAsync(staff, person);
        await Html.SubmitFormAsync(staff, $"{visit}/events", new() { ["Events"] = lifeEvent });
        await Html.SubmitFormAsync(staff, $"{visit}/questions", answers);
        var done = await PostHandlerAsync(staff, await Html.GetAsync(staff, $"{visit}/review"), "submit");
        Assert.Equal($"{visit}/done", done.Path);
        return visit;
    }

    public static async Task<FetchedPage> PostHandlerAsync(HttpClient client, FetchedPage page, string handler)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document) });
        return await Html.ParseAsync(await client.PostAsync($"{page.Path}?handler={handler}", content));
    }
}
