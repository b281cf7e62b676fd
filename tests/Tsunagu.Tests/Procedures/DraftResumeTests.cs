using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Procedures;

/// <summary>A resident without an account saves a draft on one device and continues on another through a mailed link.</summary>
public sealed class DraftResumeTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

    private static async Task<FetchedPage> SaveDraftAsync(HttpClient client, string name)
    {
        var page1 = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);
        return await Html.SubmitFormAsync(client, page1, new() { ["name"] = name, ["action"] = "save" });
    }

    private static string ResumeLink(ReceivedMail mail) =>
        MailBox.AllLinks(mail).Single(u => u.AbsolutePath.StartsWith("/apply/resume/", StringComparison.Ordinal)).PathAndQuery;

    [Fact]
    public async Task MailedLink_OpenedOnAnotherDevice_ContinuesTheDraftOnce()
    {
        var phone = NewClient();
        var saved = await SaveDraftAsync(phone, "九重 三郎");
        Assert.EndsWith("/saved", saved.Path, StringComparison.Ordinal);

        var mailed = await Html.SubmitFormAsync(phone, saved, new() { ["Email"] = "saburo@example.jp" });
        Assert.Contains("メールでお送りしました", mailed.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var link = ResumeLink(MailBox.Last(factory, "saburo@example.jp"));

        var laptop = NewClient();
        var confirm = await Html.GetAsync(laptop, link);
        Assert.NotNull(confirm.Document.QuerySelector("main form button"));
        var opened = await Html.SubmitFormAsync(laptop, confirm, []);

        Assert.Equal(saved.Path.Replace("/saved", "/1", StringComparison.Ordinal), opened.Path);
        Assert.Equal("九重 三郎", opened.Document.QuerySelector("#f-name")!.GetAttribute("value"));
        var again = await Html.GetAsync(NewClient(), link);
        Assert.Contains("このリンクは使えません", again.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "メールアドレスを入力してください。")]
    [InlineData("not-an-address", "メールアドレスの形式が正しくありません")]
    public async Task MailLink_BadAddress_SaysWhyAndKeepsTheDraft(string email, string message)
    {
        var client = NewClient();
        var saved = await SaveDraftAsync(client, "九重 四郎");

        var refused = await Html.SubmitFormAsync(client, saved, new() { ["Email"] = email });

        Assert.Contains(message, refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var resumed = await Html.GetAsync(client, saved.Path.Replace("/saved", "/1", StringComparison.Ordinal));
        Assert.Equal("九重 四郎", resumed.Document.QuerySelector("#f-name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ResumeLink_Forged_IsRefusedPolitely()
    {
        var page = await Html.GetAsync(NewClient(), "/apply/resume/" + new string('A', 43));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("このリンクは使えません", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
