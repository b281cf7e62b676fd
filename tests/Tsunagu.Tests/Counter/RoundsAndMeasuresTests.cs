using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Counter;

public sealed class RoundsAndMeasuresTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    [Fact]
    public async Task Rounds_DepartmentTakesAndFinishesItsItems_LobbyShowsNumbersOnly_ReportCountsTheVisit()
    {
        var family = await CounterScenario.FamilyOfThreeAsync(factory, skip: 2);
        var counter = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var visit = await CounterScenario.SubmitVisitAsync(counter, family[1], "ninshin", new() { ["Answers[kokuho-birth]"] = "no" });
        var number = (await Html.GetAsync(counter, $"{visit}/done")).Document.QuerySelector("h1")!.TextContent.Split('　')[0].Replace("受付番号", "", StringComparison.Ordinal);

        var lobby = await Html.GetAsync(factory.CreateClient(), "/counter/lobby");
        Assert.Contains(number, lobby.Document.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(family[1].GivenName, lobby.Document.Body!.TextContent, StringComparison.Ordinal);

        var kosodate = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        var queue = await Html.GetAsync(kosodate, "/staff/counter/queue");
        var mine = queue.Document.QuerySelectorAll("section.counter-visit").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith($"受付番号{number}　", StringComparison.Ordinal));
        var items = mine.QuerySelectorAll("li").Select(li => li.Id!["item-".Length..]).ToList();
        Assert.Equal(2, items.Count);
        Assert.DoesNotContain((await Html.GetAsync(await StaffLogin.SignedInClientAsync(factory, "kensetsu", StaffRoles.Examiner), "/staff/counter/queue")).Document
            .QuerySelectorAll("section.counter-visit"), s => s.QuerySelector("h2")!.TextContent.StartsWith($"受付番号{number}　", StringComparison.Ordinal));

        await PostAsync(kosodate, queue, "take", items[0]);
        Assert.Contains(number, (await Html.GetAsync(factory.CreateClient(), "/counter/lobby")).Document.QuerySelector("#serving")!.TextContent, StringComparison.Ordinal);
        foreach (var item in items)
        {
            await PostAsync(kosodate, queue, "done", item);
        }

        var after = await Html.GetAsync(kosodate, "/staff/counter/queue");
        Assert.Null(after.Document.QuerySelector($"#item-{items[0]}"));
        var report = await Html.GetAsync(counter, "/staff/counter/report");
        var thisWeek = report.Document.QuerySelectorAll("#weeks tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.True(int.Parse(thisWeek[1], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.NotEqual("—", thisWeek[3]);
        Assert.True(int.Parse(thisWeek[6], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    private static async Task PostAsync(HttpClient staff, FetchedPage queue, string handler, string item)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(queue.Document), ["ItemId"] = item });
        var response = await staff.PostAsync($"/staff/counter/queue?handler={handler}", content);
        Assert.Equal("/staff/counter/queue", (await Html.ParseAsync(response)).Path);
    }
}
