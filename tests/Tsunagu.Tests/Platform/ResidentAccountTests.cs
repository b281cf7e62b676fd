using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Tests.Platform;

/// <summary>The application with a clock the tests move, for link expiry and lockout.</summary>
public sealed class ResidentAccountFactory : TsunaguFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class ResidentAccountTests(ResidentAccountFactory factory) : IClassFixture<ResidentAccountFactory>
{
    private Task<ResidentAccount?> AccountAsync(string email) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Email == email));

    private static string MainText(FetchedPage page) => page.Document.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task Register_NewAddress_MailsVerifyLinkThatSignsIn()
    {
        var email = ResidentLogin.NewEmail();
        var client = ResidentLogin.NewClient(factory);

        var sent = await ResidentLogin.RegisterAsync(client, email);

        Assert.Equal("/account/check-mail", sent.Path);
        var mail = MailBox.Last(factory, email);
        Assert.Contains("メールアドレスの確認", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("24時間", mail.Body, StringComparison.Ordinal);
        Assert.Null((await AccountAsync(email))!.EmailVerifiedAt);
        var confirm = await Html.GetAsync(client, MailBox.Link(mail, "/account/verify"));
        Assert.Null((await AccountAsync(email))!.EmailVerifiedAt);
        var home = await Html.SubmitFormAsync(client, confirm, []);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, home.Path);
        Assert.Contains(email, MainText(home), StringComparison.Ordinal);
        var account = (await AccountAsync(email))!;
        Assert.NotNull(account.EmailVerifiedAt);
        var actions = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>()
            .Where(e => e.Actor == "resident:" + account.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["resident.registered", "resident.verified"], actions);
    }

    [Fact]
    public async Task SignIn_UnverifiedAccount_RefusedWithJapaneseMessageAndCanResend()
    {
        var email = ResidentLogin.NewEmail();
        var client = ResidentLogin.NewClient(factory);
        await ResidentLogin.RegisterAsync(client, email);

        var refused = await ResidentLogin.SignInAsync(client, email);

        Assert.Equal("/account/signin", refused.Path);
        Assert.Contains("メールアドレスの確認がまだ済んでいないため、サインインできません", MainText(refused), StringComparison.Ordinal);
        Assert.Equal("/account/signin", (await Html.GetAsync(client, Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath)).Path);
        var resent = await Html.SubmitFormAsync(client, refused, []);
        Assert.Equal("/account/check-mail", resent.Path);
        Assert.Equal(2, MailBox.To(factory, email).Count);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, (await ResidentLogin.VerifyAsync(factory, client, email)).Path);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysSignedOut()
    {
        var (_, email) = await ResidentLogin.SignedInClientAsync(factory);
        var client = ResidentLogin.NewClient(factory);

        var page = await ResidentLogin.SignInAsync(client, email, "wrong-password-123");

        Assert.Equal("/account/signin", page.Path);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません", page.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, page.Document.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Equal("", page.Document.QuerySelector("#Password")!.GetAttribute("value") ?? "");
        Assert.Equal("/account/signin", (await Html.GetAsync(client, Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath)).Path);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksForFifteenMinutes()
    {
        var (_, email) = await ResidentLogin.SignedInClientAsync(factory);
        var client = ResidentLogin.NewClient(factory);
        for (var i = 0; i < 4; i++)
        {
            Assert.DoesNotContain("ロック", MainText(await ResidentLogin.SignInAsync(client, email, $"wrong-{i}-password")), StringComparison.Ordinal);
        }

        var fifth = await ResidentLogin.SignInAsync(client, email, "wrong-5-password");
        var right = await ResidentLogin.SignInAsync(client, email);
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await ResidentLogin.SignInAsync(client, email);

        Assert.Contains("一時的にロックされています", MainText(fifth), StringComparison.Ordinal);
        Assert.Contains("一時的にロックされています", MainText(right), StringComparison.Ordinal);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, later.Path);
    }

    [Fact]
    public async Task MyPage_Anonymous_RedirectsToSignInAndBackAfterwards()
    {
        var (_, email) = await ResidentLogin.SignedInClientAsync(factory);
        var client = ResidentLogin.NewClient(factory);

        var signIn = await Html.GetAsync(client, Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath);
        var back = await Html.SubmitFormAsync(client, signIn, new() { ["Email"] = email.ToUpperInvariant(), ["Password"] = ResidentLogin.Password });

        Assert.Equal("/account/signin", signIn.Path);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, back.Path);
    }

    [Fact]
    public async Task PasswordReset_ByMail_NewPasswordWorksOldDoesNot()
    {
        var (_, email) = await ResidentLogin.SignedInClientAsync(factory);
        var client = ResidentLogin.NewClient(factory);
        const string newPassword = "hanashiki-no-michi-9";

        var sent = await Html.SubmitFormAsync(client, "/account/forgot", new() { ["Email"] = email });
        var form = await Html.GetAsync(client, MailBox.Link(MailBox.Last(factory, email), "/account/reset"));
        var done = await Html.SubmitFormAsync(client, form, new() { ["NewPassword"] = newPassword, ["Confirm"] = newPassword });

        Assert.Equal("/account/check-mail", sent.Path);
        Assert.Equal("/account/signin", done.Path);
        Assert.Contains("新しいパスワードを設定しました", MainText(done), StringComparison.Ordinal);
        Assert.Contains("正しくありません", MainText(await ResidentLogin.SignInAsync(client, email)), StringComparison.Ordinal);
        Assert.Equal(Tsunagu.Web.Platform.ResidentIdentity.ResidentPolicies.HomePath, (await ResidentLogin.SignInAsync(client, email, newPassword)).Path);
    }

    [Fact]
    public async Task Forgot_UnknownAddress_SamePageAndNoMail()
    {
        var (_, known) = await ResidentLogin.SignedInClientAsync(factory);
        var unknown = ResidentLogin.NewEmail();
        var client = ResidentLogin.NewClient(factory);

        var forKnown = await Html.SubmitFormAsync(client, "/account/forgot", new() { ["Email"] = known });
        var forUnknown = await Html.SubmitFormAsync(client, "/account/forgot", new() { ["Email"] = unknown });

        Assert.Equal(forKnown.PathAndQuery, forUnknown.PathAndQuery);
        Assert.Equal(MainText(forKnown), MainText(forUnknown));
        Assert.Empty(MailBox.To(factory, unknown));
    }

    [Fact]
    public async Task Register_SameAddressTwice_SamePageDifferentMailOneAccount()
    {
        var email = ResidentLogin.NewEmail();
        var first = await ResidentLogin.RegisterAsync(ResidentLogin.NewClient(factory), email);

        var second = await ResidentLogin.RegisterAsync(ResidentLogin.NewClient(factory), email.ToUpperInvariant(), "another-password-42");

        Assert.Equal(first.PathAndQuery, second.PathAndQuery);
        Assert.Equal(MainText(first), MainText(second));
        var mails = MailBox.To(factory, email);
        Assert.Equal(2, mails.Count);
        Assert.Contains("既にあります", mails[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(MailBox.AllLinks(mails[1]), u => u.AbsolutePath is "/account/verify" or "/account/reset");
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<ResidentAccount>().CountAsync(a => a.Email == email)));
    }
}
