using System.Net;
using System.Text.Json;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Procedures;

public sealed class ProcedurePagesTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task ApiList_PublishedProcedures_HaveTheAgreedFields()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/procedures"));

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var every = items.Single(i => i.GetProperty("id").GetString() == "test-every-field");
        Assert.Equal("試験用 すべての項目の申請", every.GetProperty("name").GetString());
        Assert.Equal("情報", every.GetProperty("category").GetString());
        Assert.Equal("digital", every.GetProperty("department").GetString());
        Assert.Equal("none", every.GetProperty("assurance").GetString());
        Assert.True(every.GetProperty("online").GetBoolean());
        Assert.Equal(300, every.GetProperty("fee").GetInt32());
        Assert.False(items.Single(i => i.GetProperty("id").GetString() == "test-juminhyo").GetProperty("online").GetBoolean());
    }

    [Fact]
    public async Task ApiDetail_KnownId_ReturnsWholeDefinitionWithForm()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/procedures/test-every-field"));

        Assert.Equal(2, json.RootElement.GetProperty("form").GetProperty("pages").GetArrayLength());
    }

    [Fact]
    public async Task ApiDetail_UnknownId_IsProblemDetails404()
    {
        var response = await factory.CreateClient().GetAsync("/api/procedures/no-such");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("じゅうみんひょう")]
    [InlineData("ｼﾞｭｳﾐﾝﾋｮｳ")]
    [InlineData("住民票")]
    [InlineData("ジュウミンヒョウ")]
    public async Task Search_KanaKanjiWidthVariants_FindJuminhyo(string query)
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/procedures?q=" + Uri.EscapeDataString(query));

        var links = page.Document.QuerySelectorAll(".procedure-item a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/procedures/test-juminhyo"], links);
    }

    [Fact]
    public async Task Search_FilterByLifeEvent_ListsOnlyThatEvent()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/procedures?lifeEvent=" + Uri.EscapeDataString("出生"));

        Assert.Equal(["/procedures/test-every-field"], page.Document.QuerySelectorAll(".procedure-item a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public async Task Details_Procedure_ShowsFeeDaysChannelsAndApplyButton()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/procedures/test-every-field");
        var text = page.Document.QuerySelector("main")!.TextContent;

        Assert.Contains("300円です", text, StringComparison.Ordinal);
        Assert.Contains("5日ほど", text, StringComparison.Ordinal);
        Assert.Contains("役場の窓口", text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/procedures/test-every-field/apply']"));
    }

    [Fact]
    public async Task Start_CardProcedureWithoutCard_AsksToSignIn()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/procedures/test-juminhyo/apply");

        Assert.Equal(HttpStatusCode.NotFound, page.Status); // counter-only: no online form
    }
}

public sealed class ProcedureStatisticsTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task Statistics_TestCatalogue_CountsOnlineByCategoryAndAssurance()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/procedures/statistics"));
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("published").GetInt32());
        Assert.Equal(1, root.GetProperty("online").GetInt32());
        Assert.Equal(1, root.GetProperty("usingMyNumberCard").GetInt32());
        Assert.Equal(1, root.GetProperty("onlineByCategory").GetProperty("情報").GetInt32());
        Assert.Equal(1, root.GetProperty("onlineByAssurance").GetProperty("none").GetInt32());
    }
}
