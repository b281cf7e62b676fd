using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.OpenData;

/// <summary>The whole application with a tile server configured for the map.</summary>
public sealed class TileServerFactory : TsunaguFactory
{
    protected override int DemoPeople => 30;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:TileUrl", "https://tiles.example.jp/{z}/{x}/{y}.png");
    }
}

public sealed class HostileInputTests(TileServerFactory factory) : IClassFixture<TileServerFactory>
{
    public static TheoryData<string> Hostile() => new()
    {
        "<script>alert(1)</script>", "' OR 1=1 --", "\u0000\u0001\u001b[2J", new string('あ', 20_000), "%00../../etc/passwd", "tags:\"unclosed",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task CkanAndPages_HostileParameters_NeverFail(string value)
    {
        var client = factory.CreateClient();
        var v = Uri.EscapeDataString(value);
        string[] urls =
        [
            $"/api/3/action/package_search?q={v}&fq={v}&sort={v}&rows={v}", $"/api/3/action/package_show?id={v}", $"/api/3/action/resource_show?id={v}",
            $"/api/3/action/organization_show?id={v}", $"/api/3/action/tag_list?query={v}", $"/opendata?q={v}&tag={v}&org={v}&format={v}&p={v}",
            // The test server refuses a NUL in the path before the app sees it (Kestrel answers 400), so the path gets the rest.
            $"/opendata/datasets/{Uri.EscapeDataString(value.Replace("\0", "", StringComparison.Ordinal))}",
        ];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("text/plain", "id=aed")]
    [InlineData("application/json", "[1,2,3]")]
    [InlineData("application/json", "{not json")]
    public async Task Ckan_WrongBodies_AnswerAnErrorNot500(string contentType, string body)
    {
        var response = await factory.CreateClient().PostAsync("/api/3/action/package_show", new StringContent(body, Encoding.UTF8, contentType));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public void Upload_ExcelWorkbook_RefusedSayingWhatItIs()
    {
        var report = SampleRows.Validator.Validate(SampleRows.Schemas.Find("aed")!, [.. "PK\u0003\u0004"u8, .. new byte[100]]);

        Assert.Contains("Excel(xlsx)", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPage_TileServerConfigured_AllowedForThatPageOnly()
    {
        var client = factory.CreateClient();

        var map = await client.GetAsync("/opendata/datasets/aed/map");
        var other = await client.GetAsync("/opendata");

        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
        Assert.Contains("img-src 'self' data: https://tiles.example.jp", map.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("tiles.example.jp", other.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcedureList_LiveExport_ListsPublishedProcedures()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/opendata/datasets/procedures");
        var url = page.Document.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith(".csv", StringComparison.Ordinal));

        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync(url));

        Assert.StartsWith("\uFEFF全国地方公共団体コード,手続きID,手続き名", text, StringComparison.Ordinal);
        Assert.True(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 100);
    }
}
