using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Arrears;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Tests.Payments;

/// <summary>The arrears list, its CSV and its 督促状: only overdue unpaid instalments, each reminder recorded once.</summary>
public sealed class ArrearsTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private Task<List<(Assessment A, Instalment I)>> OverdueAsync(Fund fund) => factory.WithScopeAsync(async sp =>
    {
        var today = JapanTime.Today(TimeProvider.System);
        var db = sp.GetRequiredService<TsunaguDb>();
        var rows = await db.Set<Instalment>().AsNoTracking().Where(i => i.DueOn < today && i.Paid < i.Amount)
            .Join(db.Set<Assessment>().AsNoTracking(), i => i.AssessmentId, a => a.Id, (i, a) => new { a, i }).ToListAsync();
        return rows.Where(x => x.a.Fund == fund).Select(x => (x.a, x.i)).ToList();
    });

    private static async Task<HttpResponseMessage> PostRemindersAsync(HttpClient staff, string fund, bool notReminded)
    {
        var page = await Html.GetAsync(staff, $"/staff/payments/arrears?Fund={fund}");
        return await staff.PostAsync("/staff/payments/arrears?handler=reminders", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
            ["Fund"] = fund,
            ["NotReminded"] = notReminded ? "true" : "false",
        }));
    }

    [Fact]
    public async Task List_ShowsOnlyOverdueUnpaid_FilteredByFund_AndTheCsvHasEveryRow()
    {
        var overdue = await OverdueAsync(Fund.LateStageElderly);
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var page = await Html.GetAsync(staff, "/staff/payments/arrears?Fund=koki");
        var csv = await staff.GetAsync("/staff/payments/arrears?handler=csv&Fund=koki");

        Assert.NotEmpty(overdue);
        Assert.Contains($"{overdue.Count}期", page.Document.QuerySelector("#arrears-total")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{overdue.Sum(x => x.I.Amount - x.I.Paid):N0}円", page.Document.QuerySelector("#arrears-total")!.TextContent, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("#arrears tbody tr");
        Assert.Equal(Math.Min(overdue.Count, 50), rows.Length);
        Assert.All(rows, r => Assert.Contains("後期高齢者医療保険料", r.TextContent, StringComparison.Ordinal));
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("科目,年度,期別,納期限,経過日数,未納額,納付番号", lines[0], StringComparison.Ordinal);
        Assert.Equal(overdue.Count, lines.Length - 1);
        Assert.Equal(overdue.Select(x => x.I.PaymentNumber).Order(), lines.Skip(1).Select(l => l.Split(',')[6]).Order());
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>().AnyAsync(a => a.Action == "payments.arrears.download")));
    }

    [Fact]
    public async Task Reminders_PrintOnePagePerOverdueInstalment_RecordEach_AndTheNextRunPrintsOnlyTheOthers()
    {
        var overdue = await OverdueAsync(Fund.LongTermCare);
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Manager);

        var first = await PostRemindersAsync(staff, "kaigo", notReminded: true);

        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        var text = PdfTools.Text(await first.Content.ReadAsByteArrayAsync());
        var expected = Math.Min(overdue.Count, ArrearsList.MaxReminders);
        Assert.Equal(expected, text.Split('\f').Count(p => p.Contains("督促状 兼 納付書", StringComparison.Ordinal)));
        var oldest = overdue.OrderBy(x => x.I.DueOn).ThenBy(x => x.A.HouseholdId).First().I.PaymentNumber;
        Assert.Contains(string.Join(' ', oldest.Chunk(4).Select(c => new string(c))), text, StringComparison.Ordinal);
        var notices = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ReminderNotice>().CountAsync());
        Assert.Equal(expected, notices);
        var listed = await Html.GetAsync(staff, "/staff/payments/arrears?Fund=kaigo");
        Assert.DoesNotContain("未発付", listed.Document.QuerySelector("#arrears tbody tr")!.TextContent, StringComparison.Ordinal);

        var second = await PostRemindersAsync(staff, "kaigo", notReminded: true);
        if (overdue.Count <= ArrearsList.MaxReminders)
        {
            var page = await Html.ParseAsync(second);
            Assert.Contains("ありません", page.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("application/pdf", second.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task BadFilters_AreNamed_AndKeepWhatWasTyped()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Counter);

        var page = await Html.GetAsync(staff, "/staff/payments/arrears?Year=20x6&Days=-3&Address=%E7%94%B0");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var errors = page.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("年度", errors, StringComparison.Ordinal);
        Assert.Contains("経過日数", errors, StringComparison.Ordinal);
        Assert.Equal("20x6", page.Document.QuerySelector("#Year")!.GetAttribute("value"));
        Assert.Equal("田", page.Document.QuerySelector("#Address")!.GetAttribute("value"));
    }
}
