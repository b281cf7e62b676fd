using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Staff;
using static Tsunagu.Tests.Procedures.BuilderBrowser;

namespace Tsunagu.Tests.Procedures;

/// <summary>Import and hostile input: every mistake is named to staff, nothing answers 5xx, nothing malformed is stored.</summary>
public sealed class BuilderInputTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private Task<HttpClient> AdminAsync() => StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);

    private static async Task<FetchedPage> ImportAsync(HttpClient admin, string json)
    {
        var token = Html.AntiforgeryToken((await Html.GetAsync(admin, "/staff/procedures")).Document);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "file", "broken.json" },
        };
        return await Html.ParseAsync(await admin.PostAsync("/staff/procedures?handler=import", content));
    }

    private async Task<string?> WorkingCopyAsync(string id) =>
        await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<ProcedureBuilder>().OpenAsync(id))?.Name);

    [Theory]
    [InlineData("""{"id":"import-a","version":1,"name":"a","reading":"a","summary":"a","department":"digital","category":"情報","applicants":["本人"],"assurance":"none","processingDays":0,"channels":["online"],"published":true,"form":{"pages":[{"id":"p","title":"t","fields":[{"id":"x","type":"txt","label":"l"}]}],"declaration":"d"}}""", "form.pages[0].fields[0].type")]
    [InlineData("""{"id":"import-a","version":1,"name":"a","requird":true}""", "requird")]
    [InlineData("""{"id":"import-a","version":"one"}""", "version")]
    [InlineData("not json at all", "(file)")]
    public async Task Import_BrokenFile_ShowsThePathAndStoresNothing(string json, string path)
    {
        var admin = await AdminAsync();

        var page = await ImportAsync(admin, json);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(path, page.Document.QuerySelector("#import-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await WorkingCopyAsync("import-a"));
    }

    [Fact]
    public async Task Import_ExportedFile_BecomesTheWorkingCopy()
    {
        var admin = await AdminAsync();
        var exported = await admin.GetStringAsync("/staff/procedures/test-juminhyo/export");

        var page = await ImportAsync(admin, exported.Replace("住民票の写しの交付請求(試験)", "取り込んだ名前", StringComparison.Ordinal));

        Assert.Equal("/staff/procedures/test-juminhyo/edit", page.Path);
        Assert.Equal("取り込んだ名前", await WorkingCopyAsync("test-juminhyo"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "名前")]
    [InlineData("UPPER-case", "名前")]
    [InlineData("test-juminhyo", "名前")]
    [InlineData("ok-id", "\u0001")]
    public async Task Create_HostileInput_IsRefusedWithAMessage(string id, string name)
    {
        var admin = await AdminAsync();

        var page = await CreateAsync(admin, id, name);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".error-summary"));
        Assert.Null(id == "test-juminhyo" ? null : await WorkingCopyAsync(id));
    }

    [Fact]
    public async Task Editor_HostileInput_GivesErrorsNeverServerErrors()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, "hostile", "試験");
        await AddPageAsync(admin, "hostile", "ページ");
        var huge = new string('あ', 100_000);
        var form = await Html.GetAsync(admin, "/staff/procedures/hostile/form");
        var token = Html.AntiforgeryToken(form.Document);

        FetchedPage[] answers =
        [
            await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/hostile/edit"), null, ("Input.Name", huge)),
            await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/hostile/edit"), null, ("Input.Department", "evil"), ("Input.Fee", "-5")),
            await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/hostile/edit"), null, ("Input.Channels", "fax"), ("Input.Published", "maybe")),
            await AddFieldAsync(admin, "hostile", 0, "evil-type", "質問"),
            await AddFieldAsync(admin, "hostile", 0, "text", huge),
            await AddFieldAsync(admin, "hostile", 7, "text", "ない頁"),
            await PostAsync(admin, "/staff/procedures/hostile/form?handler=moveField", token, ("p", "abc"), ("f", "1"), ("by", "1")),
            await PostAsync(admin, "/staff/procedures/hostile/form?handler=removePage", token, ("p", "99")),
        ];

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers, a => Assert.NotNull(a.Document.QuerySelector(".error-summary")));
        Assert.Equal("試験", await WorkingCopyAsync("hostile"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/procedures/hostile/form/9/9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/procedures/hostile/preview/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/procedures/" + new string('a', 300) + "/edit")).StatusCode);
    }

    [Fact]
    public async Task Editor_ScriptInALabel_IsStoredAsTextAndShownEncoded()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, "script-label", "試験");
        await AddPageAsync(admin, "script-label", "ページ");

        var form = await AddFieldAsync(admin, "script-label", 0, "text", "<script>alert('x')</script>");
        var preview = await Html.GetAsync(admin, "/staff/procedures/script-label/preview/1");

        Assert.Contains("<script>alert('x')</script>", form.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(preview.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.NotNull(preview.Document.QuerySelector("#preview-notice"));
        Assert.NotNull(preview.Document.QuerySelector("main form[method=get] input[name=q1]"));
    }
}
