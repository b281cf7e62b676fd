using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Platform;

public sealed class StaffSignInTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

    [Fact]
    public async Task SignIn_FirstTime_RequiresTotpEnrolmentThenOpensStaffHome()
    {
        var client = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);

        var home = await Html.GetAsync(client, "/staff");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("職員トップ", home.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_EnrolledStaff_AsksForCodeAndAcceptsCorrectOne()
    {
        var (email, password) = await StaffLogin.CreateStaffAsync(factory, "zeimu", StaffRoles.Examiner);
        var first = NewClient();
        var enrol = await Html.SubmitFormAsync(first, "/staff/signin", new() { ["Email"] = email, ["Password"] = password });
        var key = enrol.Document.QuerySelector("#totp-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        await Html.SubmitFormAsync(first, enrol, new() { ["Code"] = StaffLogin.Totp(key) });

        var second = NewClient();
        var codePage = await Html.SubmitFormAsync(second, "/staff/signin", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal("/staff/signin/code", codePage.Path);
        var wrong = await Html.SubmitFormAsync(second, codePage, new() { ["Code"] = "000000" == StaffLogin.Totp(key) ? "111111" : "000000" });
        Assert.Contains("確認コードが正しくありません", wrong.Document.Body!.TextContent, StringComparison.Ordinal);
        var done = await Html.SubmitFormAsync(second, wrong, new() { ["Code"] = StaffLogin.Totp(key) });

        Assert.Equal("/staff", done.Path);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsJapaneseErrorAndStaysSignedOut()
    {
        var (email, _) = await StaffLogin.CreateStaffAsync(factory, "jumin", StaffRoles.Counter);
        var client = NewClient();

        var page = await Html.SubmitFormAsync(client, "/staff/signin", new() { ["Email"] = email, ["Password"] = "wrong-password-1" });

        Assert.Equal("/staff/signin", page.Path);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません", page.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, page.Document.QuerySelector("#Email")!.GetAttribute("value"));
        var staff = await client.GetAsync("/staff");
        Assert.Equal("/staff/signin", staff.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksAccountEvenForRightPassword()
    {
        var (email, password) = await StaffLogin.CreateStaffAsync(factory, "jumin", StaffRoles.Counter);
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await Html.SubmitFormAsync(client, "/staff/signin", new() { ["Email"] = email, ["Password"] = $"wrong-{i}-password" });
        }

        var page = await Html.SubmitFormAsync(client, "/staff/signin", new() { ["Email"] = email, ["Password"] = password });

        Assert.Contains("一時的にロックされています", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/staff/signin", page.Path);
    }

    [Fact]
    public async Task SignIn_OneTimePassword_MustBeChangedBeforeEnrolment()
    {
        var (email, password) = await StaffLogin.CreateStaffAsync(factory, "kosodate", StaffRoles.Examiner, mustChangePassword: true);
        var client = NewClient();

        var change = await Html.SubmitFormAsync(client, "/staff/signin", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal("/staff/signin/change-password", change.Path);
        var weak = await Html.SubmitFormAsync(client, change, new() { ["NewPassword"] = "short", ["Confirm"] = "short" });
        Assert.Contains("12文字以上", weak.Document.Body!.TextContent, StringComparison.Ordinal);
        var enrol = await Html.SubmitFormAsync(client, weak, new() { ["NewPassword"] = "kokonoe-yume-2026", ["Confirm"] = "kokonoe-yume-2026" });

        Assert.Equal("/staff/signin/enrol", enrol.Path);
        Assert.NotNull(enrol.Document.QuerySelector("#totp-key"));
    }

    [Fact]
    public async Task StaffPage_ExpiredSessionCookie_RedirectsWithExpiredMessage()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", $"{StaffPolicies.CookieName}=stale-or-expired-ticket");

        var page = await Html.ParseAsync(await client.SendAsync(request));

        Assert.Equal("/staff/signin", page.Path);
        Assert.Contains("30分間操作がなかった", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolPage_WithoutPasswordStep_RedirectsToSignIn()
    {
        var client = NewClient();

        var page = await Html.GetAsync(client, "/staff/signin/enrol");

        Assert.Equal("/staff/signin", page.Path);
    }
}
