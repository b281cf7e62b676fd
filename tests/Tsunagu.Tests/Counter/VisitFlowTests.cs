using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Counter;

public sealed class VisitFlowTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private static readonly Dictionary<string, string> s_tennyuAnswers = new()
    {
        ["Answers[tennyu-insurance]"] = "none",
        ["Answers[care-certified]"] = "no",
        ["Answers[nursery]"] = "no",
        ["Answers[seal]"] = "yes",
        ["Answers[water-start]"] = "yes",
        ["Answers[dog]"] = "no",
    };

    [Fact]
    public async Task Tennyu_FamilyOfThree_OnePdfWithTheFamilyOnEveryForm_AndCasesInEachInbox()
    {
        var family = await CounterScenario.FamilyOfThreeAsync(factory);
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var visit = await CounterScenario.StartAndIdentifyAsync(staff, family[0]);

        var questions = await Html.SubmitFormAsync(staff, $"{visit}/events", new() { ["Events"] = "tennyu" });
        var procedures = await Html.SubmitFormAsync(staff, questions, s_tennyuAnswers);

        Assert.Equal($"{visit}/procedures", procedures.Path);
        var applies = procedures.Document.QuerySelector("#applies")!.TextContent;
        Assert.Contains("国民健康保険の加入の届出", applies, StringComparison.Ordinal);
        Assert.Contains("児童手当 認定請求", applies, StringComparison.Ordinal);
        Assert.Contains("国民健康保険に加入します", applies, StringComparison.Ordinal);
        Assert.Contains("転入した方の要介護・要支援認定申請", procedures.Document.QuerySelector("#not-applies")!.TextContent, StringComparison.Ordinal);

        var review = await Html.GetAsync(staff, $"{visit}/review");
        var address = review.Document.QuerySelector("input[data-key='resident.address']")!;
        var corrected = address.GetAttribute("value") + " ひかり荘101号";
        review = await Html.SubmitFormAsync(staff, review, new() { [address.GetAttribute("name")!] = corrected });
        Assert.NotNull(review.Document.QuerySelector("#saved"));
        Assert.Contains("職員が訂正", review.Document.QuerySelector("#values")!.TextContent, StringComparison.Ordinal);

        var done = await CounterScenario.PostHandlerAsync(staff, review, "submit");
        Assert.Equal($"{visit}/done", done.Path);
        var pdf = PdfTools.Text(await (await staff.GetAsync($"{visit}/done?handler=pdf")).Content.ReadAsByteArrayAsync());
        var forms = pdf.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Contains("ご署名", StringComparison.Ordinal)).ToList();
        Assert.True(forms.Count >= 5, pdf);
        // pdftotext breaks table cells at the space between family and given names, so compare without spaces.
        var compact = string.Concat(pdf.Where(c => !char.IsWhiteSpace(c)));
        foreach (var person in family)
        {
            Assert.True(compact.Split(person.FamilyName + person.GivenName).Length - 1 >= forms.Count, $"{person.GivenName} is missing from a form");
        }
        Assert.True(compact.Split("ひかり荘101号").Length - 1 >= forms.Count - 1);

        var visitId = Guid.Parse(visit[(visit.LastIndexOf('/') + 1)..]);
        var cases = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().AsNoTracking()
            .Where(c => c.SourceReference == visitId.ToString()).ToListAsync());
        Assert.All(cases, c => Assert.Equal(CaseChannel.Counter, c.Channel));
        Assert.Contains(cases, c => c.ProcedureId == "kokuho-kanyu-todoke" && c.Department == "jumin");
        Assert.Contains(cases, c => c.ProcedureId == "jido-teate-nintei-seikyu" && c.Department == "kosodate");
        Assert.Contains(cases, c => c.ProcedureId == "suido-shiyo-kaishi-todoke" && c.Department == "kensetsu");
        Assert.Equal(cases.Count, done.Document.QuerySelectorAll("#items tbody tr").Length);

        var kosodate = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        var inbox = await Html.GetAsync(kosodate, "/staff/cases");
        Assert.All(cases.Where(c => c.Department == "kosodate"), c => Assert.Contains(c.Number, inbox.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Visit_LeftHalfway_StaysADraftForTheDay_AndSubmittingTwiceOpensNoMoreCases()
    {
        var family = await CounterScenario.FamilyOfThreeAsync(factory, skip: 1);
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var visit = await CounterScenario.StartAndIdentifyAsync(staff, family[0]);
        await Html.SubmitFormAsync(staff, $"{visit}/events", new() { ["Events"] = "tennyu" });

        var index = await Html.GetAsync(staff, "/staff/counter");
        Assert.Contains("受付中（下書き）", index.Document.QuerySelector("#today")!.TextContent, StringComparison.Ordinal);
        var unanswered = await Html.SubmitFormAsync(staff, $"{visit}/questions", new() { ["Answers[seal]"] = "yes" });
        Assert.Contains("すべての質問にお答えください。", unanswered.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{visit}/questions", (await Html.GetAsync(staff, $"{visit}/review")).Path);

        await Html.SubmitFormAsync(staff, $"{visit}/questions", s_tennyuAnswers);
        var review = await Html.GetAsync(staff, $"{visit}/review");
        await CounterScenario.PostHandlerAsync(staff, review, "submit");
        var again = await CounterScenario.PostHandlerAsync(staff, review, "submit");

        Assert.Equal($"{visit}/done", again.Path);
        var visitId = visit[(visit.LastIndexOf('/') + 1)..];
        var cases = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().AsNoTracking().CountAsync(c => c.SourceReference == visitId));
        Assert.Equal(again.Document.QuerySelectorAll("#items tbody tr").Length, cases);
    }
}
