using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.OpenData.Contracts;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Tests.OpenData;

public sealed class OpenDataPagesTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private async Task<List<string?>> DatasetLinksAsync(string url) =>
        (await Html.GetAsync(factory.CreateClient(), url)).Document.QuerySelectorAll("#datasets .card-link").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task Browse_ListsTheDemoTownsTwelveDatasets()
    {
        Assert.Equal(12, (await DatasetLinksAsync("/opendata")).Count);
    }

    [Fact]
    public async Task Browse_SearchTagOrganisationAndFormat_Filter()
    {
        Assert.Equal(["/opendata/datasets/aed"], await DatasetLinksAsync("/opendata?q=AED"));
        Assert.Equal(3, (await DatasetLinksAsync("/opendata?tag=" + Uri.EscapeDataString("防災"))).Count);
        Assert.Equal(["/opendata/datasets/child-care-facilities"], await DatasetLinksAsync("/opendata?org=kosodate"));
        Assert.Equal(["/opendata/datasets/community-bus-gtfs"], await DatasetLinksAsync("/opendata?format=ZIP"));
    }

    [Fact]
    public async Task Details_ShowsDownloadsAndLicence()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/opendata/datasets/evacuation-spaces");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(3, page.Document.QuerySelectorAll("#downloads tbody tr").Length);
        Assert.Contains("CC BY 4.0", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/opendata/datasets/no-such")).StatusCode);
    }

    [Fact]
    public async Task Download_Csv_StandardFileNameUtf8BomAndValid()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/opendata/datasets/public-toilets");
        var csvUrl = page.Document.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith(".csv", StringComparison.Ordinal));

        var response = await client.GetAsync(csvUrl);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("444618_public_toilet.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(bytes.AsSpan().StartsWith("\uFEFF"u8));
        Assert.True(SampleRows.Validator.Validate(SampleRows.Schemas.Find("public_toilet")!, bytes).IsValid);
    }

    [Fact]
    public async Task Download_GeoJson_PointsInsideTheTown()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/opendata/datasets/aed");
        var url = page.Document.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith(".geojson", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await client.GetStringAsync(url));

        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.True(TownBounds.Kokonoe.ContainsLongitude(f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble())));
    }

    [Fact]
    public async Task Population_LiveFromTheRegistry_ValidAndSmallCountsSuppressed()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/opendata/datasets/population-by-area-age");
        var url = page.Document.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith(".csv", StringComparison.Ordinal));

        var bytes = await client.GetByteArrayAsync(url);
        var report = SampleRows.Validator.Validate(SampleRows.Schemas.Find("population_by_area_age")!, bytes);

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        var counts = report.Rows.SelectMany(r => r[5..^1]).ToList();
        Assert.DoesNotContain("1", counts);
        Assert.DoesNotContain("2", counts);
        Assert.Contains(ValueChecks.SuppressedMark, counts);
        Assert.InRange(report.Rows.Sum(r => r[5] == ValueChecks.SuppressedMark ? 0 : int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)), 200, 400);
    }

    [Fact]
    public async Task MapPage_ListsPointsForReadersWithoutJavaScript()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/opendata/datasets/tourism/map");

        Assert.Equal(8, page.Document.QuerySelectorAll("#points tbody tr").Length);
        Assert.EndsWith(".geojson", page.Document.QuerySelector("#map")!.GetAttribute("data-geojson"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/opendata/datasets/procedures/map")).StatusCode);
    }

    [Fact]
    public async Task Dcat_JsonLdAndTurtle_DescribeEveryDataset()
    {
        var client = factory.CreateClient();
        using var jsonld = JsonDocument.Parse(await client.GetStringAsync("/opendata/catalog.jsonld"));
        var turtle = await client.GetStringAsync("/opendata/catalog.ttl");

        Assert.Equal("dcat:Catalog", jsonld.RootElement.GetProperty("@type").GetString());
        Assert.Equal(12, jsonld.RootElement.GetProperty("dcat:dataset").GetArrayLength());
        Assert.Contains("@prefix dcat: <http://www.w3.org/ns/dcat#> .", turtle, StringComparison.Ordinal);
        Assert.Equal(12, turtle.Split(" a dcat:Dataset ;").Length - 1);
    }

    [Fact]
    public async Task Dcat_OneDataset_JsonLdAndTurtle()
    {
        var client = factory.CreateClient();
        using var jsonld = JsonDocument.Parse(await client.GetStringAsync("/opendata/datasets/aed.jsonld"));
        var turtle = await client.GetStringAsync("/opendata/datasets/aed.ttl");

        var dataset = Assert.Single(jsonld.RootElement.GetProperty("dcat:dataset").EnumerateArray());
        Assert.Equal(3, dataset.GetProperty("dcat:distribution").GetArrayLength());
        Assert.Contains("dct:title \"AED設置箇所一覧\"@ja", turtle, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/opendata/datasets/aed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/opendata/datasets/no-such.ttl")).StatusCode);
    }

    [Fact]
    public async Task Statistics_CountsPublishedDatasets()
    {
        var count = await factory.WithScopeAsync(sp => sp.GetRequiredService<IOpenDataStatistics>().PublishedDatasetCountAsync());

        Assert.Equal(12, count);
    }
}
