using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;
using static Tsunagu.Tests.Procedures.BuilderBrowser;

namespace Tsunagu.Tests.Procedures;

public sealed class BuilderTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private Task<HttpClient> AdminAsync() => StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);

    private HttpClient Resident() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

    /// <summary>A published procedure with one page of three fields, built through the pages.</summary>
    private static async Task BuildAndPublishAsync(HttpClient admin, string id)
    {
        Assert.Equal($"/staff/procedures/{id}/edit", (await CreateAsync(admin, id, "犬の登録(試験)", "shoko-kanko", "衛生")).Path);
        Assert.Contains("保存しました", Notice(await SetOnlineAsync(admin, id)), StringComparison.Ordinal);
        await AddPageAsync(admin, id, "犬のこと");
        await AddFieldAsync(admin, id, 0, "text", "犬の名前", required: true);
        await AddFieldAsync(admin, id, 0, "radio", "犬の性別", options: "オス\nメス");
        await AddFieldAsync(admin, id, 0, "date", "飼い始めた日");
        await SetDeclarationAsync(admin, id);
        var published = await PublishAsync(admin, id);
        Assert.Equal($"/staff/procedures/{id}/edit", published.Path);
        Assert.Contains("第1版として公開しました", Notice(published), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_BuiltInTheBrowser_IsListedAndResidentsCanApplyAtOnce()
    {
        var admin = await AdminAsync();

        await BuildAndPublishAsync(admin, "builder-dog");

        using var json = JsonDocument.Parse(await Resident().GetStringAsync("/api/procedures/builder-dog"));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("form").GetProperty("pages")[0].GetProperty("fields").GetArrayLength());
        var list = await Resident().GetStringAsync("/api/procedures");
        Assert.Contains("\"builder-dog\"", list, StringComparison.Ordinal);
        var step = await Html.SubmitFormAsync(Resident(), "/procedures/builder-dog/apply", []);
        Assert.Matches("^/apply/[0-9a-f-]+/1$", step.Path);
        Assert.Contains("犬の名前", step.Document.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, step.Document.QuerySelectorAll("input[type=radio][name=q2]").Length);
        var listed = await Html.GetAsync(admin, "/staff/procedures?Category=" + Uri.EscapeDataString("衛生"));
        var row = listed.Document.QuerySelector("#row-builder-dog")!.TextContent;
        Assert.Contains("第1版", row, StringComparison.Ordinal);
        Assert.Null(listed.Document.QuerySelector("#row-test-juminhyo"));
        await factory.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>()
            .AnyAsync(e => e.Action == "procedure.publish" && e.SubjectId == "builder-dog")));
    }

    [Fact]
    public async Task Publish_AfterAChange_CreatesVersion2AndDraftsKeepVersion1()
    {
        var admin = await AdminAsync();
        await BuildAndPublishAsync(admin, "builder-cat");
        var resident = Resident();
        var draftPage = await Html.SubmitFormAsync(resident, "/procedures/builder-cat/apply", []);

        var field = await Html.GetAsync(admin, "/staff/procedures/builder-cat/form/1/1");
        await SubmitAsync(admin, field, "/form/1/1", ("Input.Label", "ねこの名前"));
        var published = await PublishAsync(admin, "builder-cat");

        Assert.Contains("第2版として公開しました", Notice(published), StringComparison.Ordinal);
        var again = await Html.GetAsync(resident, draftPage.PathAndQuery);
        Assert.Contains("犬の名前", again.Document.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        var fresh = await Html.SubmitFormAsync(Resident(), "/procedures/builder-cat/apply", []);
        Assert.Contains("ねこの名前", fresh.Document.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        var versions = await factory.WithScopeAsync(async sp => await sp.GetRequiredService<TsunaguDb>().Set<Draft>()
            .Where(d => d.ProcedureId == "builder-cat").Select(d => d.ProcedureVersion).OrderBy(v => v).ToListAsync());
        Assert.Equal([1, 2], versions);
    }

    [Fact]
    public async Task Publish_RadioWithoutOptions_ShowsTheProblemAndPublishesNothing()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, "builder-broken", "壊れた手続き(試験)");
        await SetOnlineAsync(admin, "builder-broken");
        await AddPageAsync(admin, "builder-broken", "質問");
        await AddFieldAsync(admin, "builder-broken", 0, "radio", "どれですか");
        await SetDeclarationAsync(admin, "builder-broken");

        var result = await PublishAsync(admin, "builder-broken");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var problems = result.Document.QuerySelector("#problems")!.TextContent;
        Assert.Contains("公開できません: form.pages[0].fields[0].options", problems, StringComparison.Ordinal);
        Assert.Contains("1ページ目「質問」の1番目の項目「どれですか」", problems, StringComparison.Ordinal);
        Assert.Null(factory.Services.GetRequiredService<ProcedureCatalogue>().Find("builder-broken"));
        Assert.Equal(HttpStatusCode.NotFound, (await Resident().GetAsync("/api/procedures/builder-broken")).StatusCode);
        var list = await Html.GetAsync(admin, "/staff/procedures");
        Assert.Contains("未公開", list.Document.QuerySelector("#row-builder-broken")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBuilderRoute_CounterStaff_Forbidden()
    {
        var counter = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/staff/procedures", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(routes.Count >= 7, string.Join(", ", routes));

        foreach (var route in routes)
        {
            var url = route.Replace("{id}", "test-juminhyo", StringComparison.Ordinal).Replace("{pageNo}", "1", StringComparison.Ordinal)
                .Replace("{fieldNo}", "1", StringComparison.Ordinal).Replace("{step}", "1", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await counter.GetAsync(url)).StatusCode);
        }
        var token = Html.AntiforgeryToken((await Html.GetAsync(counter, "/staff")).Document);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(counter, "/staff/procedures/test-juminhyo/publish", token)).Status);
    }

    [Fact]
    public async Task Export_PublishedProcedure_IsTheCatalogueFileAsAnAttachment()
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync("/staff/procedures/test-juminhyo/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("test-juminhyo.json", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var (definition, errors) = CatalogueFiles.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(errors);
        Assert.Equal("test-juminhyo", definition!.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/procedures/no-such/export")).StatusCode);
    }
}
