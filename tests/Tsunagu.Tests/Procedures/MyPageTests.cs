using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Apply;

namespace Tsunagu.Tests.Procedures;

public sealed class MyPageTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private static readonly Dictionary<string, string> s_page1 = new()
    {
        ["name"] = "九重 花子",
        ["kana"] = "ココノエ ハナコ",
        ["birth"] = "昭和55年4月1日",
        ["postal"] = "879-4911",
        ["address"] = "大分県玖珠郡九重町大字田野1番地",
        ["phone"] = "0973-76-0000",
    };

    private static readonly Dictionary<string, string> s_page2 = new()
    {
        ["count"] = "1",
        ["purpose"] = "年金",
        ["method"] = "郵送",
        ["has-children"] = "no",
        ["agree"] = "yes",
    };

    private static async Task<FetchedPage> ApplyAsync(HttpClient client)
    {
        var page1 = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);
        var page2 = await Html.SubmitFormAsync(client, page1, s_page1);
        var review = await Html.SubmitFormAsync(client, page2, s_page2);
        return await Html.SubmitFormAsync(client, review, new() { ["declaration"] = "yes" });
    }

    [Fact]
    public async Task NextApplication_PhoneTypedLastTime_IsPrefilledAndMarkedAsFromTheEarlierApplication()
    {
        var (client, _) = await ResidentLogin.SignedInClientAsync(factory);
        var first = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);
        Assert.Equal("", first.Document.QuerySelector("#f-phone")!.GetAttribute("value") ?? "");
        await ApplyAsync(client);

        var next = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);

        Assert.Equal("0973-76-0000", next.Document.QuerySelector("#f-phone")!.GetAttribute("value"));
        Assert.Contains("前回の申請から入れました", next.Document.QuerySelector("#f-phone")!.Closest(".field")!.TextContent, StringComparison.Ordinal);
        var changed = await Html.SubmitFormAsync(client, next, new(s_page1) { ["phone"] = "090-1111-2222", ["action"] = "save" });
        var again = await Html.GetAsync(client, changed.Path.Replace("/saved", "/1", StringComparison.Ordinal));
        Assert.Equal("090-1111-2222", again.Document.QuerySelector("#f-phone")!.GetAttribute("value"));
        Assert.DoesNotContain("前回の申請", again.Document.QuerySelector("#f-phone")!.Closest(".field")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInResident_AppliesAndSeesItInMyPageWithHistoryAndReceiptMail()
    {
        var (client, email) = await ResidentLogin.SignedInClientAsync(factory);
        var page1 = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);
        Assert.Equal(email, page1.Document.QuerySelector("#f-email")!.GetAttribute("value"));

        var done = await ApplyAsync(client);
        var receipt = done.Document.QuerySelector(".receipt")!.TextContent;
        var my = await Html.GetAsync(client, "/my");
        var link = my.Document.QuerySelectorAll("tbody a").Single();
        var detail = await Html.GetAsync(client, link.GetAttribute("href")!);

        Assert.Contains(receipt, my.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("受付", detail.Document.QuerySelector("main ol")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("昭和55年4月1日", detail.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await factory.WithScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().DispatchDueAsync());
        var mail = MailBox.Last(factory, email);
        Assert.Contains(receipt, mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyApplication_OtherResidentsId_IsNotFound()
    {
        var (owner, _) = await ResidentLogin.SignedInClientAsync(factory);
        await ApplyAsync(owner);
        var id = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Application>().OrderByDescending(a => a.SubmittedAt).Select(a => a.Id).FirstAsync());
        var (other, _) = await ResidentLogin.SignedInClientAsync(factory);

        var response = await other.GetAsync($"/my/applications/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/my/applications/{id}")).StatusCode);
    }

    [Fact]
    public async Task MyPage_SavedDraft_IsListedAndResumes()
    {
        var (client, _) = await ResidentLogin.SignedInClientAsync(factory);
        var page1 = await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);
        await Html.SubmitFormAsync(client, page1, new() { ["name"] = "下書き 太郎" });

        var my = await Html.GetAsync(client, "/my");
        var resume = await Html.GetAsync(client, my.Document.QuerySelectorAll(".procedure-item a")[0].GetAttribute("href")!);

        Assert.Equal("下書き 太郎", resume.Document.QuerySelector("#f-name")!.GetAttribute("value"));
    }

    [Fact]
    public void AssuranceGate_AccountSessionForCardProcedure_AsksForCard()
    {
        var account = new FakeResident(AssuranceLevel.Account);

        Assert.Null(AssuranceGate.Missing("account", account));
        Assert.Contains("マイナンバーカード", AssuranceGate.Missing("card-login", account), StringComparison.Ordinal);
        Assert.Contains("アカウント", AssuranceGate.Missing("account", new FakeResident(AssuranceLevel.None)), StringComparison.Ordinal);
        Assert.Null(AssuranceGate.Missing("card-signature", new FakeResident(AssuranceLevel.CardLogin)));
    }

    private sealed class FakeResident(AssuranceLevel level) : ICurrentResident
    {
        public bool IsSignedIn => level > AssuranceLevel.None;
        public Guid AccountId => Guid.Empty;
        public string? Email => null;
        public Guid? LinkedResidentId => null;
        public AssuranceLevel Assurance => level;
    }
}
