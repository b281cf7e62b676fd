using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments.Fees;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Tests.Payments;

public sealed class FeeRefundTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    private const string Page = "/staff/payments/fees";

    /// <summary>A 住民票の写し application (住民課's procedure, 300 yen) paid by the resident through the simulator.</summary>
    private async Task<(HttpClient Resident, FeeCharge Charge)> PaidAsync()
    {
        var (client, email) = await ResidentLogin.SignedInClientAsync(factory);
        var account = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync());
        var application = Guid.NewGuid();
        await factory.WithScopeAsync(sp => sp.GetRequiredService<FeeDesk>().HandleAsync(new ApplicationSubmitted(application, "R-REF-" + application.ToString("N")[..8],
            "juminhyo-no-utsushi", 1, "住民票の写しの交付請求", "jumin", 5, DateTime.UtcNow, account, "online"), Guid.NewGuid(), default));
        var charge = await ChargeAsync(application);
        var page = await Html.GetAsync(client, "/my/fees");
        await Html.SubmitFormAsync(client, "/my/fees", new() { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document), ["ChargeId"] = charge.Id.ToString(), ["CardNumber"] = "4242424242424242" });
        charge = await ChargeAsync(application);
        Assert.Equal(FeeStatus.Paid, charge.Status);
        return (client, charge);
    }

    private Task<FeeCharge> ChargeAsync(Guid application) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<FeeCharge>().AsNoTracking().SingleAsync(c => c.ApplicationId == application));

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>().AsNoTracking().Where(a => a.Action == action).ToListAsync());

    private static Task<FetchedPage> RefundAsync(HttpClient staff, FeeCharge charge, string reason) =>
        Html.SubmitFormAsync(staff, $"{Page}?Refund={charge.Id}", new() { ["Reason"] = reason });

    [Fact]
    public async Task Refund_WithReason_Refunded_Audited_AndTheResidentSeesIt()
    {
        var (resident, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var list = await Html.GetAsync(staff, $"{Page}?Receipt={charge.ReceiptNumber}");
        Assert.NotNull(list.Document.QuerySelector($"tr[data-charge='{charge.Id}'] a.refund-link"));
        var done = await RefundAsync(staff, charge, "申請の取り下げ");

        var refunded = await ChargeAsync(charge.ApplicationId);
        Assert.NotNull(done.Document.QuerySelector("#refund-done"));
        Assert.Equal(FeeStatus.Refunded, refunded.Status);
        Assert.Equal("申請の取り下げ", refunded.RefundReason);
        Assert.NotNull(refunded.RefundedAt);
        Assert.False(string.IsNullOrEmpty(refunded.RefundedBy));
        Assert.StartsWith("SIMR-", refunded.RefundReference, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("payments.fee-refund"), a => a.SubjectId == charge.Id.ToString() && a.Actor == refunded.RefundedBy);
        Assert.Contains(await AuditAsync("payments.fees"), a => a.SubjectId == charge.ReceiptNumber);
        var mine = await Html.GetAsync(resident, "/my/fees");
        Assert.Contains("返金済み", mine.Document.QuerySelector($"section[aria-labelledby='fee-{charge.Id}'] .fee-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refund_SecondTime_ChangesNothing()
    {
        var (_, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);
        await RefundAsync(staff, charge, "二重の申請");
        var first = await ChargeAsync(charge.ApplicationId);

        // The form of a page opened before the first refund, sent again.
        var page = await Html.GetAsync(staff, Page);
        var again = await staff.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page.Document),
            ["ChargeId"] = charge.Id.ToString(),
            ["Reason"] = "もう一度",
        }));

        var second = await ChargeAsync(charge.ApplicationId);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((first.RefundReason, first.RefundReference, first.RefundedAt, first.Version), (second.RefundReason, second.RefundReference, second.RefundedAt, second.Version));
        Assert.Single(await AuditAsync("payments.fee-refund"), a => a.SubjectId == charge.Id.ToString());
    }

    [Fact]
    public async Task Refund_WithoutReason_FieldError_NothingRefunded()
    {
        var (_, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var page = await RefundAsync(staff, charge, "   ");

        Assert.Contains("返金の理由を入力してください", page.Document.QuerySelector(".error-summary a[href='#Reason']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("textarea#Reason"));
        Assert.Equal(FeeStatus.Paid, (await ChargeAsync(charge.ApplicationId)).Status);
    }

    [Fact]
    public async Task Refund_AnotherDepartment_Forbidden_AndTheListShowsItNothing()
    {
        var (_, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "kosodate", StaffRoles.Examiner);

        var list = await Html.GetAsync(staff, $"{Page}?Receipt={charge.ReceiptNumber}");
        var response = await staff.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(list.Document),
            ["ChargeId"] = charge.Id.ToString(),
            ["Reason"] = "試し",
        }));

        Assert.Null(list.Document.QuerySelector($"tr[data-charge='{charge.Id}']"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(FeeStatus.Paid, (await ChargeAsync(charge.ApplicationId)).Status);
    }

    [Fact]
    public async Task Refund_DepartmentOwningTheProcedure_MayRefund()
    {
        var (_, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);

        await RefundAsync(staff, charge, "交付できない請求のため");

        Assert.Equal(FeeStatus.Refunded, (await ChargeAsync(charge.ApplicationId)).Status);
    }

    [Theory]
    [InlineData("control\u0007character", "制御文字")]
    [InlineData("long", "500文字以内")]
    public async Task Refund_HostileReason_FieldError_NothingRefunded(string reason, string expected)
    {
        var (_, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var page = await RefundAsync(staff, charge, reason == "long" ? new string('あ', 501) : reason);

        Assert.Contains(expected, page.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(FeeStatus.Paid, (await ChargeAsync(charge.ApplicationId)).Status);
    }

    [Fact]
    public async Task Refund_ScriptInReason_StoredAsTextAndShownEncoded()
    {
        var (_, charge) = await PaidAsync();
        var staff = await StaffLogin.SignedInClientAsync(factory, "zeimu", StaffRoles.Examiner);

        var page = await RefundAsync(staff, charge, "<script>alert(1)</script>' OR 1=1 --");

        Assert.Equal("<script>alert(1)</script>' OR 1=1 --", (await ChargeAsync(charge.ApplicationId)).RefundReason);
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector($"tr[data-charge='{charge.Id}'] .refund-note")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }
}
