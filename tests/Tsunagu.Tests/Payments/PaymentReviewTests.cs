using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Reconciliation;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Payments;

/// <summary>The review queue worked from the staff pages: hand match, take back, 充当, 還付, confirm; each audited.</summary>
public sealed class PaymentReviewTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private const string Header = "種別,納付番号,金額,納付日,収納機関\n";

    private Task<T> Db<T>(Func<TsunaguDb, Task<T>> read) => factory.WithScopeAsync(sp => read(sp.GetRequiredService<TsunaguDb>()));

    private Task<Instalment> InstalmentAsync(string number) => Db(db => db.Set<Instalment>().AsNoTracking().SingleAsync(i => i.PaymentNumber == number));

    private Task<PaymentRecord> RecordAsync(Func<PaymentRecord, bool> which) =>
        Db(async db => (await db.Set<PaymentRecord>().AsNoTracking().ToListAsync()).Single(which));

    private Task<bool> AuditedAsync(string action, Guid record) =>
        Db(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == action && a.SubjectId == record.ToString()));

    /// <summary>Two instalments of one payer, neither paid yet, picked at <paramref name="skip"/> so tests don't share them.</summary>
    private Task<(Instalment First, Instalment Second)> PayerInstalmentsAsync(int skip) => Db(async db =>
    {
        var assessment = await db.Set<Assessment>().AsNoTracking().Include(a => a.Instalments).OrderBy(a => a.Id).Skip(skip).FirstAsync();
        var open = assessment.Instalments.OrderBy(i => i.Number).ToList();
        return (open[0], open[1]);
    });

    private Task<PaymentImportReport> ImportAsync(string csv) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<PaymentImport>().ImportAsync(Encoding.UTF8.GetBytes(Header + csv), "p.csv", "test", default));

    private static string Line(string number, long amount, string kind = "確報") =>
        string.Create(CultureInfo.InvariantCulture, $"{kind},{number},{amount},2026-07-10,テスト銀行\n");

    private static async Task<FetchedPage> ActAsync(HttpClient staff, Guid record, string handler, Dictionary<string, string> values, int? version = null)
    {
        var page = await Html.GetAsync(staff, $"/staff/payments/records/{record}");
        var form = new Dictionary<string, string>(values)
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
            ["Version"] = version?.ToString(CultureInfo.InvariantCulture) ?? page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        };
        return await Html.ParseAsync(await staff.PostAsync($"/staff/payments/records/{record}?handler={handler}", new FormUrlEncodedContent(form)));
    }

    [Fact]
    public async Task UnknownNumber_MatchedByHand_PaysTheInstalment_AndABadNumberIsRefusedKeepingWhatWasTyped()
    {
        var (first, _) = await PayerInstalmentsAsync(0);
        await ImportAsync(Line("319999000000000011", first.Amount));
        var record = await RecordAsync(r => r.PaymentNumber == "319999000000000011");
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var bad = await ActAsync(staff, record.Id, "match", new() { ["PaymentNumber"] = "12345" });
        Assert.Contains("18けた", bad.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12345", bad.Document.QuerySelector("#PaymentNumber")!.GetAttribute("value"));

        var done = await ActAsync(staff, record.Id, "match", new() { ["PaymentNumber"] = first.PaymentNumber });

        Assert.NotNull(done.Document.QuerySelector("#record-done"));
        Assert.Equal(first.Amount, (await InstalmentAsync(first.PaymentNumber)).Paid);
        var after = await RecordAsync(r => r.Id == record.Id);
        Assert.Equal((MatchResult.Applied, Resolution.Matched, true), (after.Result, after.Resolution, after.Resolved));
        Assert.True(await AuditedAsync("payments.match", record.Id));
    }

    [Fact]
    public async Task WrongMatch_TakenBack_LeavesTheInstalmentUnpaid_AndTheStaleFormIsRefused()
    {
        var (first, _) = await PayerInstalmentsAsync(1);
        await ImportAsync(Line(first.PaymentNumber, 1000));
        var record = await RecordAsync(r => r.PaymentNumber == first.PaymentNumber && r.Kind == ReportKind.Final);
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);
        Assert.Equal(1000, (await InstalmentAsync(first.PaymentNumber)).Paid);

        var noReason = await ActAsync(staff, record.Id, "unmatch", new() { ["Reason"] = " " });
        Assert.Contains("理由", noReason.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await ActAsync(staff, record.Id, "unmatch", new() { ["Reason"] = "別の方の納付書でした" });
        var stale = await ActAsync(staff, record.Id, "unmatch", new() { ["Reason"] = "二回目" }, version: record.Version);

        Assert.Equal(0, (await InstalmentAsync(first.PaymentNumber)).Paid);
        var after = await RecordAsync(r => r.Id == record.Id);
        Assert.Equal((MatchResult.Unknown, Resolution.Unmatched, false, (Guid?)null), (after.Result, after.Resolution, after.Resolved, after.InstalmentId));
        Assert.Contains("ほかの職員", stale.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await AuditedAsync("payments.unmatch", record.Id));
        var queue = await Html.GetAsync(staff, "/staff/payments");
        Assert.Contains(first.PaymentNumber, queue.Document.QuerySelector("#review")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overpayment_PutTowardsTheSamePayersNextInstalment_ThenTheRestRefunded()
    {
        var (first, second) = await PayerInstalmentsAsync(2);
        await ImportAsync(Line(first.PaymentNumber, first.Amount + second.Amount + 700));
        var record = await RecordAsync(r => r.PaymentNumber == first.PaymentNumber && r.Kind == ReportKind.Final);
        Assert.Equal(second.Amount + 700, record.Refund);
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);
        var page = await Html.GetAsync(staff, $"/staff/payments/records/{record.Id}");
        Assert.NotNull(page.Document.QuerySelector($"#ap-{second.Id}"));

        var none = await ActAsync(staff, record.Id, "appropriate", []);
        Assert.Contains("充当先", none.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await ActAsync(staff, record.Id, "appropriate", new() { ["Appropriation"] = second.Id.ToString() });

        Assert.Equal(second.Amount, (await InstalmentAsync(second.PaymentNumber)).Paid);
        var afterAppropriation = await RecordAsync(r => r.Id == record.Id);
        Assert.Equal((700L, false), (afterAppropriation.Refund, afterAppropriation.Resolved));
        var noNote = await ActAsync(staff, record.Id, "refund", new() { ["RefundNote"] = "" });
        Assert.Contains("還付の方法", noNote.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await ActAsync(staff, record.Id, "refund", new() { ["RefundNote"] = "口座振込 12月10日" });

        var refunded = await RecordAsync(r => r.Id == record.Id);
        Assert.Equal((Resolution.Refunded, true, 700L), (refunded.Resolution, refunded.Resolved, refunded.Refund));
        Assert.True(await AuditedAsync("payments.appropriate", record.Id));
        Assert.True(await AuditedAsync("payments.refund", record.Id));
        // Money taken out of the town (refunded) can no longer be taken back from the instalment.
        var settled = await Html.GetAsync(staff, $"/staff/payments/records/{record.Id}");
        Assert.Null(settled.Document.QuerySelector("input[name=Reason]"));
        var takeBack = await ActAsync(staff, record.Id, "unmatch", new() { ["Reason"] = "誤り" }, version: refunded.Version);
        Assert.Contains("取り消せません", takeBack.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinalDifferingFromPreliminary_Confirmed_LeavesTheQueue()
    {
        var (first, _) = await PayerInstalmentsAsync(3);
        await ImportAsync(Line(first.PaymentNumber, first.Amount, "速報"));
        await ImportAsync(Line(first.PaymentNumber, first.Amount - 100));
        var record = await RecordAsync(r => r.PaymentNumber == first.PaymentNumber && r.Kind == ReportKind.Final);
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Manager);

        await ActAsync(staff, record.Id, "confirm", new() { ["ConfirmNote"] = "金融機関に確認済み" });

        var after = await RecordAsync(r => r.Id == record.Id);
        Assert.Equal((Resolution.Confirmed, true), (after.Resolution, after.Resolved));
        Assert.Equal(first.Amount - 100, (await InstalmentAsync(first.PaymentNumber)).Paid);
        Assert.True(await AuditedAsync("payments.confirm", record.Id));
    }

    [Fact]
    public async Task AnotherDepartment_CannotOpenOrActOnAPayment()
    {
        await ImportAsync(Line("319999000000000029", 100));
        var record = await RecordAsync(r => r.PaymentNumber == "319999000000000029");
        var other = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Manager);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/payments/records/{record.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/staff/payments/arrears")).StatusCode);
    }
}
