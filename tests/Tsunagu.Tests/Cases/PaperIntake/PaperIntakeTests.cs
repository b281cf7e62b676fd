using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.PaperIntake;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Cases.PaperIntake;

public sealed class PaperIntakeTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private const string Procedure = "juminhyo-no-utsushi";

    private async Task<(Person Person, Household Household)> AdultAsync(int skip) =>
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var households = await db.Set<Household>().Include(h => h.Members).AsNoTracking().OrderBy(h => h.Number).ToListAsync();
            var adults = households.SelectMany(h => h.Members.Where(m => m.Status == ResidencyStatus.Resident && m.AgeOn(new DateOnly(2026, 10, 1)) >= 20).Select(m => (m, h))).ToList();
            return adults[skip];
        });

    private static async Task<FetchedPage> UploadAsync(HttpClient staff, byte[] scan, string fileName, string? key = null)
    {
        var page = await Html.GetAsync(staff, "/staff/cases/scans");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page.Document)), "__RequestVerificationToken" },
            { new StringContent(Procedure), "ProcedureId" },
            { new StringContent(key ?? Guid.NewGuid().ToString("N")), "UploadKey" },
            { new ByteArrayContent(scan), "Scan", fileName },
        };
        return await Html.ParseAsync(await staff.PostAsync("/staff/cases/scans", content));
    }

    private async Task<(FetchedPage Page, Person Person, Dictionary<string, string> Written)> UploadResidentFormAsync(HttpClient staff, int skip)
    {
        var (person, household) = await AdultAsync(skip);
        var template = factory.Services.GetRequiredService<PaperFormTemplates>().Find(Procedure)!;
        var written = SyntheticScans.ValuesFor(template, person, household, skip);
        return (await UploadAsync(staff, SyntheticScans.Scan(template, written, seed: skip), "scan.jpg"), person, written);
    }

    private static string ValueOf(FetchedPage page, string field) => page.Document.QuerySelector($"#v-{field}")!.GetAttribute("value") ?? "";

    [Fact]
    public async Task Upload_ReadsTheScan_StaffConfirm_AndTheCaseEntersTheInboxLinkedToTheRegistry()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        var (check, person, written) = await UploadResidentFormAsync(staff, 3);

        Assert.Matches("^/staff/cases/scans/[0-9a-f-]{36}$", check.Path);
        Assert.Equal(person.FullNameKana.Replace('　', ' '), ValueOf(check, "applicant-kana").Replace('　', ' '));
        Assert.Equal(written["applicant-birth-date"], ValueOf(check, "applicant-birth-date"));
        Assert.Equal(written["applicant-phone"], ValueOf(check, "applicant-phone"));
        // Name and address come from the registry once kana and birth date identify the person.
        Assert.NotNull(check.Document.QuerySelector("#registry-match"));
        Assert.Equal(person.FullName, ValueOf(check, "applicant-name"));
        var img = check.Document.QuerySelector(".scan-check img")!.GetAttribute("src")!;
        var image = await staff.GetAsync(img);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);

        var values = check.Document.QuerySelectorAll("#values input[name^='Values['], #values select").ToDictionary(
            e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.QuerySelector("option[selected]")?.TextContent ?? "");
        var accepted = await Html.SubmitFormAsync(staff, check.Path + "?handler=accept", values.Concat([new("Version", check.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)]).ToDictionary());

        Assert.Matches("^/staff/cases/[0-9a-f-]{36}$", accepted.Path);
        Assert.Contains("紙の申請書を案件として受け付けました", accepted.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var caseId = Guid.Parse(accepted.Path[^36..]);
        var caseFile = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(CaseChannel.Paper, caseFile.Channel);
        Assert.Equal(person.Id, caseFile.ApplicantResidentId);
        Assert.Equal("jumin", caseFile.Department);
        Assert.Contains(written["applicant-phone"], caseFile.AnswersJson, StringComparison.Ordinal);
        Assert.NotNull(accepted.Document.QuerySelector("#paper-scan"));
    }

    [Fact]
    public async Task Upload_SameFormTwice_StoresOneScan()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var scan = SyntheticScans.Scan(factory.Services.GetRequiredService<PaperFormTemplates>().Find(Procedure)!, new Dictionary<string, string>(), seed: 1);

        var first = await UploadAsync(staff, scan, "a.jpg", "same-key");
        var second = await UploadAsync(staff, scan, "a.jpg", "same-key");

        Assert.Equal(first.Path, second.Path);
    }

    [Fact]
    public async Task Upload_BlankPage_IsKeptAndSaysItCouldNotBeRead_AndAnotherDepartmentIsRefusedAndAudited()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        using var blank = new SKBitmap(800, 1131);
        blank.Erase(SKColors.White);
        using var png = SKImage.FromBitmap(blank).Encode(SKEncodedImageFormat.Png, 100);

        var page = await UploadAsync(staff, png.ToArray(), "blank.png");

        Assert.Contains("文字を読み取れませんでした", page.Document.QuerySelector("#scan-problem")!.TextContent, StringComparison.Ordinal);
        var id = Guid.Parse(page.Path[^36..]);
        var scan = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<PaperScan>().AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(PaperScanStatus.Unreadable, scan.Status);

        var other = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(page.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(page.Path + "?handler=image")).StatusCode);
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>().AnyAsync(a => a.Action == "paper-scan.open.refused" && a.SubjectId == id.ToString())));
    }

    [Fact]
    public async Task Accept_WithABadDate_NamesTheFieldAndKeepsWhatWasTyped()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        var (check, _, _) = await UploadResidentFormAsync(staff, 5);

        var again = await Html.SubmitFormAsync(staff, check.Path + "?handler=accept", new()
        {
            ["Version"] = check.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Values[applicant-name]"] = "手書き 花子",
            ["Values[applicant-birth-date]"] = "きのう",
            ["Values[applicant-kana]"] = "",
        });

        Assert.Equal(check.Path, again.Path);
        var errors = again.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("「申請者の生年月日」は「昭和30年4月1日」や「1955-04-01」の形で入力してください。", errors, StringComparison.Ordinal);
        Assert.Contains("「申請者の氏名（フリガナ）」を入力してください。", errors, StringComparison.Ordinal);
        Assert.Equal("手書き 花子", ValueOf(again, "applicant-name"));
        Assert.Equal("きのう", ValueOf(again, "applicant-birth-date"));
        var source = "scan:" + check.Path[^36..];
        Assert.Equal(0, await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().CountAsync(c => c.SourceReference == source)));
    }

    [Fact]
    public async Task BlankForm_PrintsAsAPdfWithEveryLabel()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);

        var pdf = await staff.GetAsync($"/staff/cases/scans?handler=form&procedureId={Procedure}");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("申請者の生年月日", text, StringComparison.Ordinal);
        Assert.Contains("日中に連絡のつく電話番号", text, StringComparison.Ordinal);
    }
}
