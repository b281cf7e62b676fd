using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Apply;

namespace Tsunagu.Tests.Procedures;

public sealed class ApplyFlowTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private static readonly Dictionary<string, string> s_page1 = new()
    {
        ["name"] = "九重 花子",
        ["kana"] = "ココノエ ハナコ",
        ["birth"] = "昭和55年4月1日",
        ["postal"] = "8794911",
        ["address"] = "大分県玖珠郡九重町大字田野1番地",
        ["phone"] = "0973-76-0000",
        ["email"] = "hanako@example.jp",
    };

    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

    private static async Task<FetchedPage> StartAsync(HttpClient client) =>
        await Html.SubmitFormAsync(client, "/procedures/test-every-field/apply", []);

    private static async Task<FetchedPage> PostAsync(HttpClient client, FetchedPage page, Dictionary<string, string> values, string action = "next", (string Name, byte[] Bytes, string FileName)? file = null)
    {
        using var content = new MultipartFormDataContent();
        var token = Html.AntiforgeryToken(page.Document);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(action), "action");
        foreach (var (k, v) in values)
        {
            foreach (var one in v.Split('|'))
            {
                content.Add(new StringContent(one), k);
            }
        }
        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(bytes, f.Name, f.FileName);
        }
        return await Html.ParseAsync(await client.PostAsync(page.PathAndQuery, content));
    }

    private static Dictionary<string, string> Page2(params (string, string)[] extra)
    {
        var values = new Dictionary<string, string>
        {
            ["count"] = "2",
            ["purpose"] = "就職",
            ["method"] = "窓口",
            ["items"] = "世帯主|続柄",
            ["has-children"] = "no",
            ["agree"] = "yes",
        };
        foreach (var (k, v) in extra)
        {
            values[k] = v;
        }
        return values;
    }

    [Fact]
    public async Task Apply_WholeJourney_SubmitsOnceWithReceiptAndEvent()
    {
        var client = NewClient();
        var page1 = await StartAsync(client);
        Assert.Matches("^/apply/[0-9a-f-]+/1$", page1.Path);
        var page2 = await PostAsync(client, page1, s_page1);
        Assert.EndsWith("/2", page2.Path, StringComparison.Ordinal);
        var pdf = "%PDF-1.4\n%test\n"u8.ToArray();
        var review = await PostAsync(client, page2, Page2(), file: ("document", pdf, "免許証.pdf"));
        Assert.EndsWith("/review", review.Path, StringComparison.Ordinal);
        Assert.Contains("昭和55年4月1日", review.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("免許証.pdf", review.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var noDeclaration = await Html.SubmitFormAsync(client, review, []);
        Assert.Contains("チェックを入れてください", noDeclaration.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var done = await Html.SubmitFormAsync(client, noDeclaration, new() { ["declaration"] = "yes" });
        var again = await Html.SubmitFormAsync(client, noDeclaration, new() { ["declaration"] = "yes" });

        var receipt = done.Document.QuerySelector(".receipt")!.TextContent;
        Assert.Matches(@"^\d{8}-[2-9A-Z]{4}-[2-9A-Z]{4}$", receipt);
        Assert.Equal(receipt, again.Document.QuerySelector(".receipt")!.TextContent);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var app = await db.Set<Application>().SingleAsync(a => a.ReceiptNumber == receipt);
            Assert.Equal(1, await db.Set<Application>().CountAsync(a => a.DraftId == app.DraftId));
            Assert.Equal("digital", app.Department);
            Assert.Contains("\"kana\":\"ココノエ　ハナコ\"", System.Text.RegularExpressions.Regex.Unescape(app.AnswersJson), StringComparison.Ordinal);
            Assert.Contains(await db.Set<OutboxMessage>().ToListAsync(), m => m.Type.EndsWith("ApplicationSubmitted", StringComparison.Ordinal) && m.Payload.Contains(receipt, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Step_EmptyRequiredFields_ListsEachAndKeepsTypedValues()
    {
        var client = NewClient();
        var page1 = await StartAsync(client);

        var again = await PostAsync(client, page1, new() { ["name"] = "九重 太郎", ["kana"] = "ここのえ", ["birth"] = "平成31年5月1日" });

        var summary = again.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("フリガナは、全角カタカナで入力してください", summary, StringComparison.Ordinal);
        Assert.Contains("生年月日は、例のように日付を入力してください", summary, StringComparison.Ordinal);
        Assert.Contains("電話番号を入力してください", summary, StringComparison.Ordinal);
        Assert.Equal("九重 太郎", again.Document.QuerySelector("#f-name")!.GetAttribute("value"));
        Assert.Equal("ここのえ", again.Document.QuerySelector("#f-kana")!.GetAttribute("value"));
        Assert.NotNull(again.Document.QuerySelector("a[href='#f-phone']"));
    }

    [Fact]
    public async Task Step_FileWhoseContentIsNotItsName_IsRefusedAtTheField()
    {
        var client = NewClient();
        var page2 = await PostAsync(client, await StartAsync(client), s_page1);

        var result = await PostAsync(client, page2, Page2(), file: ("document", "MZ this is really a program"u8.ToArray(), "scan.pdf"));

        Assert.EndsWith("/2", result.Path, StringComparison.Ordinal);
        Assert.Contains("ファイルの中身が名前と違うようです", result.Document.QuerySelector("#f-document-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_ConditionalAndGroupFields_RequiredOnlyWhenShown()
    {
        var client = NewClient();
        var page2 = await PostAsync(client, await StartAsync(client), s_page1);

        var other = await PostAsync(client, page2, Page2(("purpose", "その他"), ("has-children", "yes")));
        var text = other.Document.QuerySelector(".error-summary")?.TextContent ?? other.Path + other.Document.Body!.TextContent;
        Assert.True(text.Contains("その他の使いみちを入力してください", StringComparison.Ordinal), text);
        Assert.Contains("お子さんを1件以上入力してください", text, StringComparison.Ordinal);

        var added = await PostAsync(client, other, Page2(("purpose", "その他"), ("purpose-other", "留学"), ("has-children", "yes")), action: "add:children");
        Assert.NotNull(added.Document.QuerySelector("#f-children-0-name"));
        var review = await PostAsync(client, added, Page2(("purpose", "その他"), ("purpose-other", "留学"), ("has-children", "yes"),
            ("children.count", "1"), ("children[0].name", "九重 一郎"), ("children[0].birthDate", "R2.6.1")));
        Assert.EndsWith("/review", review.Path, StringComparison.Ordinal);
        Assert.Contains("令和2年6月1日", review.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostalLookup_TownCode_FillsTheOaza()
    {
        var client = NewClient();
        var page1 = await StartAsync(client);

        var filled = await PostAsync(client, page1, new() { ["postal"] = "879-4912" }, action: "postal:postal");

        Assert.Equal("大分県玖珠郡九重町大字湯坪", filled.Document.QuerySelector("#f-address")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SaveDraft_ThenStartAgain_ResumesWithAnswers()
    {
        var client = NewClient();
        var page1 = await StartAsync(client);
        var saved = await PostAsync(client, page1, new() { ["name"] = "九重 次郎" }, action: "save");
        Assert.EndsWith("/saved", saved.Path, StringComparison.Ordinal);

        var resumed = await StartAsync(client);

        Assert.Equal(page1.Path, resumed.Path);
        Assert.Equal("九重 次郎", resumed.Document.QuerySelector("#f-name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Draft_OtherBrowser_CannotOpenIt()
    {
        var page1 = await StartAsync(NewClient());

        var stranger = await NewClient().GetAsync(page1.Path);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Step_HostileValues_NoServerErrorAndNothingMalformedStored()
    {
        var client = NewClient();
        var page1 = await StartAsync(client);
        var hostile = new Dictionary<string, string>
        {
            ["name"] = "<script>alert('x')</script>",
            ["kana"] = "'; DROP TABLE procedures_drafts; --",
            ["birth"] = "\u0000\u0001\u0002",
            ["phone"] = new string('9', 100_000),
            ["email"] = "a@b.c\r\nBcc: x@y.z",
            ["forged-field"] = "ignored",
            ["postal"] = "８７９",
        };

        var result = await PostAsync(client, page1, hostile);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("&lt;script&gt;", result.Document.QuerySelector("#f-name")!.OuterHtml.Replace("<script>", "&lt;script&gt;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(result.Document.QuerySelector("main script"));
        await factory.WithScopeAsync(async sp =>
        {
            var drafts = await sp.GetRequiredService<TsunaguDb>().Set<Draft>().ToListAsync();
            Assert.All(drafts, d => Assert.DoesNotContain("forged-field", d.AnswersJson, StringComparison.Ordinal));
            Assert.All(drafts, d => Assert.DoesNotContain("\\u0000", d.AnswersJson, StringComparison.Ordinal));
        });
    }
}
