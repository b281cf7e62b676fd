using System.Net;
using System.Text.Json;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.OpenData;

public sealed class CkanApiTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(string action, string query = "")
    {
        var response = await factory.CreateClient().GetAsync($"/api/3/action/{action}{query}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static JsonElement Result(JsonElement body)
    {
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Contains("/api/3/action/help_show?name=", body.GetProperty("help").GetString(), StringComparison.Ordinal);
        return body.GetProperty("result");
    }

    private static void AssertError(HttpStatusCode expected, string type, (HttpStatusCode Status, JsonElement Body) answer)
    {
        Assert.Equal(expected, answer.Status);
        Assert.False(answer.Body.GetProperty("success").GetBoolean());
        Assert.Equal(type, answer.Body.GetProperty("error").GetProperty("__type").GetString());
    }

    [Fact]
    public async Task PackageList_NamesEveryPublishedDatasetSorted()
    {
        var names = Result((await CallAsync("package_list")).Body).EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(12, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(["child-care-facilities", "community-bus-gtfs"], Result((await CallAsync("package_list", "?limit=2&offset=1")).Body).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task PackageShow_ByName_HasCkanFieldsAndResources()
    {
        var p = Result((await CallAsync("package_show", "?id=aed")).Body);

        Assert.Equal("AED設置箇所一覧", p.GetProperty("title").GetString());
        Assert.Equal("bosai", p.GetProperty("owner_org").GetString());
        Assert.Equal("CC-BY-4.0", p.GetProperty("license_id").GetString());
        Assert.Equal("危機管理・防災安全課", p.GetProperty("organization").GetProperty("title").GetString());
        Assert.Equal(["CSV", "JSON", "GeoJSON"], p.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("format").GetString()));
        Assert.Equal(3, p.GetProperty("num_resources").GetInt32());
        Assert.Contains(p.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "防災");
    }

    [Fact]
    public async Task PackageShow_UnknownOrMissingId_NotFoundOrValidationError()
    {
        AssertError(HttpStatusCode.NotFound, "Not Found Error", await CallAsync("package_show", "?id=no-such-dataset"));
        var missing = await CallAsync("package_show");
        AssertError(HttpStatusCode.Conflict, "Validation Error", missing);
        Assert.Equal("Missing value", missing.Body.GetProperty("error").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task PackageSearch_FilterQueryOnTagsAndFormat_CountsAndFacets()
    {
        var r = Result((await CallAsync("package_search", "?fq=" + Uri.EscapeDataString("tags:防災 res_format:\"GeoJSON\"") + "&rows=1&sort=name%20asc")).Body);

        Assert.Equal(3, r.GetProperty("count").GetInt32());
        Assert.Equal("aed", Assert.Single(r.GetProperty("results").EnumerateArray()).GetProperty("name").GetString());
        var orgs = r.GetProperty("search_facets").GetProperty("organization").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, orgs.Single(o => o.GetProperty("name").GetString() == "bosai").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task PackageSearch_TextAndOrganization_FindsTheDataset()
    {
        var byText = Result((await CallAsync("package_search", "?q=" + Uri.EscapeDataString("トイレ"))).Body);
        var byOrg = Result((await CallAsync("package_search", "?fq=organization:kosodate&start=0")).Body);

        Assert.Equal("public-toilets", Assert.Single(byText.GetProperty("results").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("child-care-facilities", Assert.Single(byOrg.GetProperty("results").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task PackageSearch_FieldTermsInQ_FilterLikeFq()
    {
        var r = Result((await CallAsync("package_search", "?q=" + Uri.EscapeDataString("organization:kosodate"))).Body);
        var all = Result((await CallAsync("package_search", "?q=*:*&rows=0")).Body);

        Assert.Equal("child-care-facilities", Assert.Single(r.GetProperty("results").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(12, all.GetProperty("count").GetInt32());
        Assert.Equal(0, all.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("?rows=abc", "rows", "Invalid integer")]
    [InlineData("?start=-1", "start", "Must be a natural number")]
    public async Task PackageSearch_BadNumbers_ValidationError409(string query, string field, string message)
    {
        var answer = await CallAsync("package_search", query);

        AssertError(HttpStatusCode.Conflict, "Validation Error", answer);
        Assert.Equal(message, answer.Body.GetProperty("error").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task PackageSearch_UnknownFilterFieldOrSort_SearchError409()
    {
        AssertError(HttpStatusCode.Conflict, "Search Error", await CallAsync("package_search", "?fq=author:x"));
        AssertError(HttpStatusCode.Conflict, "Search Error", await CallAsync("package_search", "?sort=nonsense%20asc"));
    }

    [Fact]
    public async Task OrganizationListAndShow_DepartmentsWithPublishedDatasets()
    {
        var names = Result((await CallAsync("organization_list", "?sort=name%20asc")).Body).EnumerateArray().Select(e => e.GetString()).ToList();
        var full = Result((await CallAsync("organization_list", "?all_fields=true&sort=package_count%20desc")).Body);
        var bosai = Result((await CallAsync("organization_show", "?id=bosai&include_datasets=true")).Body);

        Assert.Contains("bosai", names);
        Assert.Equal("bosai", full[0].GetProperty("name").GetString());
        Assert.Equal(3, bosai.GetProperty("package_count").GetInt32());
        Assert.Equal(3, bosai.GetProperty("packages").GetArrayLength());
        AssertError(HttpStatusCode.NotFound, "Not Found Error", await CallAsync("organization_show", "?id=no-such-org"));
    }

    [Fact]
    public async Task ResourceShow_DerivedGeoJson_FoundByItsId()
    {
        var first = Result((await CallAsync("package_show", "?id=aed")).Body).GetProperty("resources")[2];

        var r = Result((await CallAsync("resource_show", "?id=" + first.GetProperty("id").GetString())).Body);

        Assert.Equal("GeoJSON", r.GetProperty("format").GetString());
        Assert.EndsWith(".geojson", r.GetProperty("url").GetString(), StringComparison.Ordinal);
        AssertError(HttpStatusCode.NotFound, "Not Found Error", await CallAsync("resource_show", "?id=nope"));
    }

    [Fact]
    public async Task TagListAndStatusShow_Answer()
    {
        var tags = Result((await CallAsync("tag_list")).Body).EnumerateArray().Select(e => e.GetString()).ToList();
        var status = Result((await CallAsync("status_show")).Body);

        Assert.Contains("防災", tags);
        Assert.Equal("ja", status.GetProperty("locale_default").GetString());
        Assert.StartsWith("2.", status.GetProperty("ckan_version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAction_BadRequest()
    {
        var answer = await CallAsync("package_delete", "?id=aed");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task PostJson_PackageShow_SameAsGet()
    {
        var response = await factory.CreateClient().PostAsync("/api/3/action/package_show",
            new StringContent("""{"id":"evacuation-spaces"}""", System.Text.Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("指定緊急避難場所一覧", json.RootElement.GetProperty("result").GetProperty("title").GetString());
    }
}
