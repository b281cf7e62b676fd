using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Platform;

public sealed partial class ResidentAccountSecurityTests(ResidentAccountFactory factory) : IClassFixture<ResidentAccountFactory>
{
    private static readonly string s_huge = new('あ', 100_000);

    public static TheoryData<string, string, string, string> HostileRegistrations() => new()
    {
        { "<script>alert(1)</script>@example.jp", ResidentLogin.Password, ResidentLogin.Password, "true" },
        { "' OR 1=1; DROP TABLE accounts_residents; --", ResidentLogin.Password, ResidentLogin.Password, "true" },
        { "a\u0000b@example.jp", ResidentLogin.Password, ResidentLogin.Password, "true" },
        { "a\u0001b\u200b@example.jp", ResidentLogin.Password, ResidentLogin.Password, "true" },
        { "victim@example.jp\r\nBcc: everyone@evil.example", ResidentLogin.Password, ResidentLogin.Password, "true" },
        { s_huge + "@example.jp", ResidentLogin.Password, ResidentLogin.Password, "true" },
        { "huge-password@example.jp", s_huge, s_huge, "true" },
        { "control@example.jp", "kokonoe\u0007\u001b[2Jpassword", "kokonoe\u0007\u001b[2Jpassword", "true" },
        { "short@example.jp", "short", "short", "true" },
        { "mismatch@example.jp", ResidentLogin.Password, ResidentLogin.Password + "x", "true" },
        { "no-consent@example.jp", ResidentLogin.Password, ResidentLogin.Password, "<script>yes</script>" },
    };

    [Theory]
    [MemberData(nameof(HostileRegistrations))]
    public async Task Register_HostileInput_FieldErrorsAndNothingStored(string email, string password, string confirm, string agree)
    {
        var client = ResidentLogin.NewClient(factory);

        var page = await Html.SubmitFormAsync(client, "/account/register", new()
        {
            ["Email"] = email,
            ["Password"] = password,
            ["Confirm"] = confirm,
            ["Agree"] = agree,
        });

        // A NUL byte is refused by ASP.NET Core's form reader itself (400); everything else reaches the form's checks.
        Assert.Equal(email.Contains('\0', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, page.Status);
        Assert.Equal("/account/register", page.Path);
        Assert.Null(page.Document.QuerySelector("main script"));
        if (page.Status == HttpStatusCode.OK)
        {
            Assert.NotEmpty(page.Document.QuerySelectorAll(".error-summary li"));
        }
        await AssertStoredAccountsWellFormedAsync();
        Assert.DoesNotContain(MailBox.All(factory.Database.DataDirectory), m => m.To.Contains("evil", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/account/signin", "Email", "' OR '1'='1")]
    [InlineData("/account/signin", "Password", "x")]
    [InlineData("/account/forgot", "Email", "<script>alert(1)</script>")]
    [InlineData("/account/forgot", "Email", "huge")]
    public async Task AccountForms_HostileInput_NoServerError(string url, string field, string value)
    {
        var client = ResidentLogin.NewClient(factory);
        var fields = new Dictionary<string, string> { ["Email"] = "someone@example.jp", ["Password"] = s_huge, [field] = value == "huge" ? s_huge : value };

        var page = await Html.SubmitFormAsync(client, url, fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".error-summary li"));
    }

    [Theory]
    [InlineData("/account/verify")]
    [InlineData("/account/reset")]
    public async Task LinkPages_HostileToken_RefusedWithoutServerError(string url)
    {
        var client = ResidentLogin.NewClient(factory);
        var antiforgery = Html.AntiforgeryToken((await Html.GetAsync(client, "/account/forgot")).Document);
        foreach (var token in new[] { "' OR 1=1 --", s_huge, "\u0000\u0001", "<script>", new string('A', 43) })
        {
            var get = await Html.GetAsync(client, url + "?token=" + Uri.EscapeDataString(token));
            var post = await Html.ParseAsync(await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Token"] = token,
                ["NewPassword"] = ResidentLogin.Password,
                ["Confirm"] = ResidentLogin.Password,
                ["__RequestVerificationToken"] = antiforgery,
            })));

            Assert.Equal(HttpStatusCode.OK, get.Status);
            Assert.Contains("このリンクは使えません", get.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(token.Contains('\0', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, post.Status);
            Assert.Contains(token.Contains('\0', StringComparison.Ordinal) ? "送信された内容を受け付けられませんでした" : "このリンクは使えません",
                post.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Register_ForgedExtraFields_Ignored()
    {
        var email = ResidentLogin.NewEmail();
        var forgedId = Guid.NewGuid();

        await Html.SubmitFormAsync(ResidentLogin.NewClient(factory), "/account/register", new()
        {
            ["Email"] = email,
            ["Password"] = ResidentLogin.Password,
            ["Confirm"] = ResidentLogin.Password,
            ["Agree"] = "true",
            ["Id"] = forgedId.ToString(),
            ["EmailVerifiedAt"] = "2020-01-01",
            ["LinkedResidentId"] = Guid.NewGuid().ToString(),
            ["FailedSignIns"] = "-100",
            ["PasswordHash"] = "AQAAAA",
            ["handler"] = "Resend",
        });

        var account = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().AsNoTracking().SingleAsync(a => a.Email == email));
        Assert.NotEqual(forgedId, account.Id);
        Assert.Null(account.EmailVerifiedAt);
        Assert.Null(account.LinkedResidentId);
        Assert.Equal(0, account.FailedSignIns);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<ResidentAccount>().VerifyHashedPassword(account, account.PasswordHash, ResidentLogin.Password));
    }

    [Fact]
    public async Task ResidentCookie_StaffPages_StillAskForStaffSignIn()
    {
        var (client, _) = await ResidentLogin.SignedInClientAsync(factory);

        foreach (var url in new[] { "/staff", "/staff/audit", "/staff/residents" })
        {
            Assert.Equal("/staff/signin", (await Html.GetAsync(client, url)).Path);
        }
    }

    [Fact]
    public async Task StaffSession_MyPages_AskForResidentSignIn()
    {
        var staff = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Admin);

        var page = await Html.GetAsync(staff, Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath);

        Assert.Equal("/account/signin", page.Path);
    }

    [Fact]
    public async Task SignOut_Post_EndsSession()
    {
        var (client, _) = await ResidentLogin.SignedInClientAsync(factory);

        var done = await Html.SubmitFormAsync(client, "/my/account", []);

        Assert.Equal("/account/signin", done.Path);
        Assert.Contains("サインアウトしました", done.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/account/signin", (await Html.GetAsync(client, Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath)).Path);
    }

    private async Task AssertStoredAccountsWellFormedAsync()
    {
        var emails = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().Select(a => a.Email).ToListAsync());
        Assert.All(emails, e => Assert.Equal(e, ResidentEmail.Normalise(e)));
        Assert.All(emails, e => Assert.Matches(SafeStored(), e));
    }

    [GeneratedRegex(@"^[a-z0-9.@_+-]+$")]
    private static partial Regex SafeStored();
}
