using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Cases;

public sealed class ResidentMessageTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task StaffMessage_ShowsInMyPageHistoryAndMailsTheApplicant_EmptyOneIsRefused()
    {
        var (resident, email, opened) = await CaseScenario.OpenedAsync(factory);
        var staff = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var url = $"/staff/cases/{opened.Id}";
        var page = await Html.GetAsync(staff, url);

        var empty = await Html.ParseAsync(await staff.PostAsync(url + "?handler=message", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
            ["ResidentMessage"] = "  ",
        })));
        var sent = await Html.ParseAsync(await staff.PostAsync(url + "?handler=message", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
            ["ResidentMessage"] = "原本を窓口でお見せいただく必要があります。",
        })));
        await CaseScenario.DispatchAsync(factory);
        var myPage = await Html.GetAsync(resident, $"/my/applications/{opened.ApplicationId}");

        Assert.Contains("お知らせを入力してください", empty.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("お知らせを送りました", sent.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("原本を窓口でお見せいただく必要があります。", myPage.Document.QuerySelector("main ol")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(MailBox.To(factory, email), m => m.Subject.Contains("担当課からのお知らせ", StringComparison.Ordinal));
        Assert.DoesNotContain(MailBox.To(factory, email), m => m.Body.Contains("原本", StringComparison.Ordinal));
    }
}
