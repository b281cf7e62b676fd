using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.OpenData;

/// <summary>The whole application with a 4 KB upload limit, so the limit can be tested with a small file.</summary>
public sealed class SmallUploadFactory : TsunaguFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:MaxUploadBytes", "4096");
    }
}

public sealed class StaffOpenDataTests(SmallUploadFactory factory) : IClassFixture<SmallUploadFactory>
{
    private static readonly string[] s_tags = ["防災", "AED"];

    private static async Task<FetchedPage> UploadAsync(HttpClient client, string name, byte[] file, string fileName)
    {
        var page = await Html.GetAsync(client, $"/staff/opendata/datasets/{name}");
        var form = page.Document.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page.Document)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Upload", fileName },
        };
        // Like a browser: the select sends its first option, the resource's next version.
        if (form.QuerySelector("select#ResourceId option") is { } first)
        {
            content.Add(new StringContent(first.GetAttribute("value") ?? ""), "ResourceId");
        }
        return await Html.ParseAsync(await client.PostAsync(form.GetAttribute("action"), content));
    }

    private static async Task<string> CreateAsync(HttpClient client, string department)
    {
        var name = "aed-" + Guid.NewGuid().ToString("N")[..8];
        var saved = await Html.SubmitFormAsync(client, "/staff/opendata/edit", new()
        {
            ["Name"] = name,
            ["Title"] = "AED設置箇所一覧(試験)",
            ["Description"] = "試験用のデータセットです。",
            ["Tags"] = string.Join("、", s_tags),
            ["Department"] = department,
            ["SchemaId"] = "aed",
        });
        Assert.Equal($"/staff/opendata/datasets/{name}", saved.Path);
        return name;
    }

    private static byte[] AedCsv(Func<string[], string[]>? change = null)
    {
        var schema = SampleRows.Schemas.Find("aed")!;
        var row = SampleRows.ValidRow(schema);
        return SampleRows.Csv(schema, change is null ? row : change(row));
    }

    [Fact]
    public async Task Journey_CreateUploadBadThenShiftJisPublishRevisionRetire()
    {
        var manager = await StaffLogin.SignedInClientAsync(factory, "bosai", StaffRoles.Manager);
        var name = await CreateAsync(manager, "bosai");

        var bad = await UploadAsync(manager, name, AedCsv(r => { r[14] = "35.0"; return r; }), "aed.csv");
        Assert.Contains("2行目「緯度」: 緯度は十進数の度で、町の範囲", bad.Document.QuerySelector("#problems")!.TextContent, StringComparison.Ordinal);

        var utf8 = AedCsv();
        var sjis = Encoding.GetEncoding(932).GetBytes(Encoding.UTF8.GetString(utf8, 3, utf8.Length - 3));
        var good = await UploadAsync(manager, name, sjis, "aed-sjis.csv");
        Assert.Contains("第1版", good.Document.QuerySelector("#resources")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Shift_JIS", good.Document.QuerySelector("#resources")!.TextContent, StringComparison.Ordinal);

        var detail = await Html.GetAsync(manager, $"/staff/opendata/datasets/{name}");
        var publish = await manager.PostAsync($"/staff/opendata/datasets/{name}?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(detail.Document) }));
        Assert.Contains("公開しました。", (await Html.ParseAsync(publish)).Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/opendata/datasets/{name}")).StatusCode);

        await UploadAsync(manager, name, AedCsv(r => { r[3] = "九重町役場 別館"; return r; }), "aed.csv");
        var history = await Html.GetAsync(factory.CreateClient(), $"/opendata/datasets/{name}");
        Assert.Equal(2, history.Document.QuerySelectorAll("#versions li").Length);

        detail = await Html.GetAsync(manager, $"/staff/opendata/datasets/{name}");
        await manager.PostAsync($"/staff/opendata/datasets/{name}?handler=Retire",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(detail.Document) }));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/opendata/datasets/{name}")).StatusCode);
    }

    [Fact]
    public async Task Publish_ByExaminer_IsRefusedPolitely()
    {
        var examiner = await StaffLogin.SignedInClientAsync(factory, "bosai", StaffRoles.Examiner);
        var name = await CreateAsync(examiner, "bosai");
        await UploadAsync(examiner, name, AedCsv(), "aed.csv");
        var detail = await Html.GetAsync(examiner, $"/staff/opendata/datasets/{name}");

        var response = await examiner.PostAsync($"/staff/opendata/datasets/{name}?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(detail.Document) }));

        Assert.Contains("課長か管理者", (await Html.ParseAsync(response)).Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/opendata/datasets/{name}")).StatusCode);
    }

    [Fact]
    public async Task OtherDepartment_CannotOpenTheDataset()
    {
        var owner = await StaffLogin.SignedInClientAsync(factory, "bosai", StaffRoles.Manager);
        var name = await CreateAsync(owner, "bosai");
        var other = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Manager);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/opendata/datasets/{name}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/opendata/edit/{name}")).StatusCode);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_RefusedWithTheLimit()
    {
        var manager = await StaffLogin.SignedInClientAsync(factory, "bosai", StaffRoles.Manager);
        var name = await CreateAsync(manager, "bosai");

        var page = await UploadAsync(manager, name, new byte[5000], "big.csv");

        Assert.Contains("ファイルが大きすぎます", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadName_ErrorNamesTheField()
    {
        var manager = await StaffLogin.SignedInClientAsync(factory, "bosai", StaffRoles.Manager);

        var page = await Html.SubmitFormAsync(manager, "/staff/opendata/edit", new() { ["Name"] = "<script>", ["Title"] = "x", ["Description"] = "y", ["Department"] = "bosai" });

        Assert.Equal("#Name", page.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task StaffList_ShowsOwnDepartmentOnly_AdminSeesAll()
    {
        var bosai = await StaffLogin.SignedInClientAsync(factory, "bosai", StaffRoles.Examiner);
        var name = await CreateAsync(bosai, "bosai");
        var kosodate = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        var admin = await StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);

        static async Task<List<string?>> LinksAsync(HttpClient client) =>
            (await Html.GetAsync(client, "/staff/opendata")).Document.QuerySelectorAll("#staff-datasets a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains($"/staff/opendata/datasets/{name}", await LinksAsync(bosai));
        Assert.DoesNotContain($"/staff/opendata/datasets/{name}", await LinksAsync(kosodate));
        Assert.Contains($"/staff/opendata/datasets/{name}", await LinksAsync(admin));
    }
}
