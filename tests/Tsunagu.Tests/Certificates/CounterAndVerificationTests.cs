using System.Net;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Certificates;

public sealed class CounterAndVerificationTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private static string Spaced(string name) => name.Replace('　', ' ');

    [Fact]
    public async Task Counter_FindsTheResident_IssuesWithOptions_AndTheLedgerTotalsTheFees()
    {
        var person = await CertificateScenario.SealHolderAsync(factory, skip: 5);
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);

        var found = await Html.GetAsync(staff, $"/staff/certificates?Kana={Uri.EscapeDataString(person.FullNameKana)}&BirthDate={person.BirthDate:yyyy-MM-dd}");
        var link = found.Document.QuerySelectorAll("#found a").Single(a => a.TextContent == person.FullName).GetAttribute("href")!;
        var form = await Html.GetAsync(staff, link);
        var issued = await Html.SubmitFormAsync(staff, form, new() { ["Kind"] = "juminhyo", ["Scope"] = "household", ["HouseholdHead"] = "true", ["Copies"] = "2" });

        Assert.True(issued.Path.StartsWith("/staff/certificates/issued/", StringComparison.Ordinal), issued.Document.QuerySelector("main")!.TextContent);
        var serial = issued.Path["/staff/certificates/issued/".Length..];
        var pdf = await staff.GetAsync($"/staff/certificates/issued/{serial}?handler=pdf");
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("世帯主", text, StringComparison.Ordinal);
        Assert.Contains(Spaced(person.FullName), text, StringComparison.Ordinal);

        var ledger = await Html.GetAsync(staff, "/staff/certificates/ledger");
        Assert.Contains(serial, ledger.Document.QuerySelector("#ledger")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("九重町役場 窓口", ledger.Document.QuerySelector("#totals")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2種類", ledger.Document.QuerySelector("#kiosk-kpi")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counter_BadCopiesAndNoMembers_NameTheFields_AndOtherDepartmentsAreRefused()
    {
        var person = await CertificateScenario.SealHolderAsync(factory, skip: 6);
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var form = await Html.GetAsync(staff, $"/staff/certificates/issue?person={person.Id}");

        var again = await Html.SubmitFormAsync(staff, form, new() { ["Scope"] = "members", ["Copies"] = "99" });

        var errors = again.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("通数は1から10までの数字で入力してください。", errors, StringComparison.Ordinal);
        Assert.Contains("住民票に載せる方を一人以上選んでください。", errors, StringComparison.Ordinal);
        Assert.Equal("99", again.Document.QuerySelector("#Copies")!.GetAttribute("value"));

        var other = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/certificates/issue?person={person.Id}")).StatusCode);
    }

    [Fact]
    public async Task Verification_GenuineWithItsPdf_TamperedPdf_AndWrongCode()
    {
        var person = await CertificateScenario.SealHolderAsync(factory, skip: 7);
        var (issued, _) = await CertificateScenario.IssueAsync(factory, "inkan", person.Id);
        var code = System.Text.RegularExpressions.Regex.Match(PdfTools.Text(issued!.Pdf), @"確認コード (\d{8})").Groups[1].Value;
        var client = factory.CreateClient();

        var genuine = await VerifyAsync(client, issued.Ledger.Serial, code, issued.Pdf);
        Assert.Contains("九重町が発行した証明書です。送られたPDFは発行したときのものと一致しました。", genuine, StringComparison.Ordinal);
        Assert.Contains("印鑑登録証明書", genuine, StringComparison.Ordinal);
        Assert.DoesNotContain(person.FamilyName, genuine, StringComparison.Ordinal);

        var tampered = issued.Pdf.ToArray();
        tampered[^100] ^= 0x20;
        Assert.Contains("一致しません", await VerifyAsync(client, issued.Ledger.Serial, code, tampered), StringComparison.Ordinal);
        Assert.Contains("発行記録にありません", await VerifyAsync(client, issued.Ledger.Serial, "00000000", null), StringComparison.Ordinal);
    }

    private static async Task<string> VerifyAsync(HttpClient client, string serial, string code, byte[]? pdf)
    {
        var page = await Html.GetAsync(client, $"/certificates/verify?serial={serial}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page.Document)), "__RequestVerificationToken" },
            { new StringContent(serial), "Serial" },
            { new StringContent(code), "Code" },
        };
        if (pdf is not null)
        {
            content.Add(new ByteArrayContent(pdf), "Pdf", "certificate.pdf");
        }
        var result = await Html.ParseAsync(await client.PostAsync("/certificates/verify", content));
        return result.Document.QuerySelector("#verify-result")!.TextContent;
    }
}
