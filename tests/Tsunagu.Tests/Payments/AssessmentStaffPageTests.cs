using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Payments;

public sealed class AssessmentStaffPageTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private Task<T> DbAsync<T>(Func<TsunaguDb, Task<T>> query) => factory.WithScopeAsync(sp => query(sp.GetRequiredService<TsunaguDb>()));

    private Task<bool> AuditedAsync(string action, string subject) => DbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == action && a.SubjectId == subject));

    [Fact]
    public async Task NewAssessment_BadFieldsKeepWhatWasTyped_GoodOneIsCreatedOnce_EvenSentTwice_AndASecondIsRefused()
    {
        var person = (await DbAsync(db => db.Set<Person>().Where(p => p.Status == ResidencyStatus.Resident).OrderBy(p => p.ResidentCode).ToListAsync()))[3];
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);
        var url = $"/staff/payments/assessments/new?Kana={Uri.EscapeDataString(person.FamilyNameKana + person.GivenNameKana)}&BirthDate={person.BirthDate:yyyy-MM-dd}";
        var form = await Html.GetAsync(staff, url);

        var bad = await Html.SubmitFormAsync(staff, form, new() { ["FiscalYear"] = "1999", ["Annual"] = "-5" });
        var summary = bad.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("科目を選んでください", summary, StringComparison.Ordinal);
        Assert.Contains("年度は西暦4けた", summary, StringComparison.Ordinal);
        Assert.Contains("年額は1円以上", summary, StringComparison.Ordinal);
        Assert.Equal("1999", bad.Document.QuerySelector("#FiscalYear")!.GetAttribute("value"));
        Assert.Equal("-5", bad.Document.QuerySelector("#Annual")!.GetAttribute("value"));

        var good = new Dictionary<string, string> { ["Fund"] = "kokuho", ["FiscalYear"] = "2032", ["Annual"] = "123456" };
        var created = await Html.SubmitFormAsync(staff, form, good);
        var twice = await Html.SubmitFormAsync(staff, form, good);
        var again = await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), good);

        Assert.Equal($"/staff/payments/persons/{person.Id}", created.Path);
        Assert.NotNull(created.Document.QuerySelector("#created"));
        Assert.Equal(created.Path, twice.Path);
        var stored = await DbAsync(db => db.Set<Assessment>().Include(a => a.Instalments).Where(a => a.PayerResidentId == person.Id && a.FiscalYear == 2032).ToListAsync());
        Assert.Equal(123_456, Assert.Single(stored).Instalments.Sum(i => i.Amount));
        Assert.Contains("既にあります", again.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await AuditedAsync("payments.assessment.create", stored[0].Id.ToString()));
        var other = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Adjust_FromTheHouseholdPage_ReissuesChangedInstalments_ShowsTheHistory_AndTheSlipsCarryTheNewNumbers()
    {
        var today = Web.Platform.Time.JapanTime.Today(TimeProvider.System);
        var bill = await DbAsync(db => db.Set<Assessment>().Include(a => a.Instalments).AsNoTracking()
            .Where(a => a.Fund == Fund.NationalHealthInsurance && a.Instalments.Any(i => i.DueOn >= today)).OrderBy(a => a.Number).FirstAsync());
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);
        var household = await Html.GetAsync(staff, $"/staff/payments/households/{bill.HouseholdId}");
        var link = household.Document.QuerySelector($"a[href='/staff/payments/assessments/{bill.Id}/adjust']")!.GetAttribute("href")!;
        var page = await Html.GetAsync(staff, link);

        var noReason = await Html.SubmitFormAsync(staff, page, new() { ["Annual"] = "1000", ["Reason"] = " " });
        Assert.Contains("更正の理由を", noReason.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var done = await Html.SubmitFormAsync(staff, page, new() { ["Annual"] = (bill.AnnualAmount + 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = "所得更正" });

        Assert.Equal($"/staff/payments/households/{bill.HouseholdId}", done.Path);
        Assert.NotNull(done.Document.QuerySelector("#adjusted"));
        Assert.Contains("所得更正", done.Document.QuerySelector($"#adjustments-{bill.Id}")!.TextContent, StringComparison.Ordinal);
        var after = await DbAsync(db => db.Set<Instalment>().AsNoTracking().Where(i => i.AssessmentId == bill.Id).OrderBy(i => i.Number).ToListAsync());
        Assert.Equal(bill.AnnualAmount + 5_000, after.Sum(i => i.Amount));
        Assert.All(after.Where(i => i.DueOn < today), i => Assert.Equal(0, i.Reissue));
        var reissued = after.Where(i => i.Reissue == 1).ToList();
        Assert.NotEmpty(reissued);
        Assert.Equal(bill.Instalments.OrderBy(i => i.Number).Select(i => i.PaymentNumber), after.Select(i => i.PaymentNumber));
        Assert.True(await AuditedAsync("payments.assessment.adjust", bill.Id.ToString()));
        var pdf = await staff.GetAsync($"/staff/payments/households/{bill.HouseholdId}?handler=slips&year={bill.FiscalYear}");
        var text = PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.All(reissued, i => Assert.Contains(i.ConfirmationNumber, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonView_ListsThePayersAssessments_IsReachedByKanaAndBirthDate_AndIsAudited()
    {
        var bill = await DbAsync(db => db.Set<Assessment>().AsNoTracking().OrderBy(a => a.Number).Skip(5).FirstAsync());
        var person = await DbAsync(db => db.Set<Person>().SingleAsync(p => p.Id == bill.PayerResidentId));
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Counter);

        var found = await Html.GetAsync(staff, $"/staff/payments/persons?Kana={Uri.EscapeDataString(person.FamilyNameKana + person.GivenNameKana)}&BirthDate={person.BirthDate:yyyy-MM-dd}");
        var view = await Html.GetAsync(staff, found.Document.QuerySelector($"#found a[href='/staff/payments/persons/{person.Id}']")!.GetAttribute("href")!);

        Assert.Contains($"通知書番号 {bill.Number}", view.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(view.Document.QuerySelector($"a[href='/staff/payments/households/{bill.HouseholdId}']"));
        Assert.True(await AuditedAsync("payments.person", person.Id.ToString()));
        var other = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/payments/persons/{person.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("/staff/payments/persons")]
    [InlineData("/staff/payments/assessments/new")]
    public async Task PayerSearch_SubmittedEmpty_NamesBothFields(string path)
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Counter);

        var page = await Html.GetAsync(staff, path + "?Kana=&BirthDate=");

        var summary = page.Document.QuerySelector(".error-summary")?.TextContent ?? "";
        Assert.Contains("フリガナを入力してください。", summary, StringComparison.Ordinal);
        Assert.Contains("生年月日は", summary, StringComparison.Ordinal);
        Assert.Equal("true", page.Document.QuerySelector("#Kana")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task AdjustCommand_AppliesA更正_AndRefusesBadArguments()
    {
        var today = Web.Platform.Time.JapanTime.Today(TimeProvider.System);
        var bill = await DbAsync(db => db.Set<Assessment>().AsNoTracking()
            .Where(a => a.Fund == Fund.LongTermCare && a.Instalments.Any(i => i.DueOn >= today)).OrderBy(a => a.Number).FirstAsync());
        Task<int> RunAsync(params string[] args) => factory.WithScopeAsync(sp =>
            sp.GetServices<Web.Platform.Cli.IAdminCommand>().Single(c => c.Name == "billing adjust").RunAsync(Web.Platform.Cli.CommandOptions.Parse(args), TextWriter.Null, default));

        Assert.Equal(2, await RunAsync("--assessment", bill.Id.ToString(), "--annual", "-1", "--reason", "所得更正"));
        Assert.Equal(0, await RunAsync("--assessment", bill.Id.ToString(), "--annual", (bill.AnnualAmount + 900).ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "所得更正"));

        Assert.Equal(bill.AnnualAmount + 900, await DbAsync(db => db.Set<Instalment>().Where(i => i.AssessmentId == bill.Id).SumAsync(i => i.Amount)));
        Assert.True(await DbAsync(db => db.Set<AssessmentAdjustment>().AnyAsync(h => h.AssessmentId == bill.Id && h.Reason == "所得更正")));
    }
}
