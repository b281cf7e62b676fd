using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Platform.Operations;

namespace Tsunagu.Tests.Platform;

public sealed class MailTests(TsunaguFactory factory) : IClassFixture<TsunaguFactory>
{
    private const string Subject = "【九重町】住民票の写しの交付について";
    private const string Body = "九重町役場です。\n申請を受け付けました。〒879-4895 大分県玖珠郡九重町\n";

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public async Task SendAsync_NoSmtpHost_WritesUtf8EmlUnderDataDirectory()
    {
        var to = $"mail.{Guid.NewGuid():N}@example.jp";

        await factory.WithScopeAsync(sp => sp.GetRequiredService<IMailSender>().SendAsync(new MailMessageToSend(to, Subject, Body)));

        var file = Directory.GetFiles(Path.Combine(factory.Database.DataDirectory, "mail"), "*.eml")
            .Single(f => File.ReadAllText(f).Contains(to, StringComparison.Ordinal));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(Subject, message.Subject);
        Assert.Equal(Body, message.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal("utf-8", message.BodyParts.OfType<TextPart>().Single().ContentType.Charset, ignoreCase: true);
        Assert.Equal(MailOptions.DefaultFrom, message.From.Mailboxes.Single().Address);
        Assert.Equal("九重町役場", message.From.Mailboxes.Single().Name);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        // Raw headers stay 7-bit: the Japanese subject is RFC 2047 encoded, not raw UTF-8 bytes.
        Assert.All(File.ReadAllBytes(file), b => Assert.True(b < 0x80));
    }

    [Fact]
    public async Task SendAsync_SmtpHostSet_DeliversThroughSmtp()
    {
        using var server = new FakeSmtpServer();
        var settings = Settings(("Tsunagu:Mail:SmtpHost", "127.0.0.1"), ("Tsunagu:Mail:SmtpPort", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Tsunagu:Mail:StartTls", "false"), ("Tsunagu:Mail:From", "九重町 住民課 <jumin@kokonoe.example>"));
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddMail(settings);
        await using var provider = services.BuildServiceProvider();
        var sender = provider.GetRequiredService<IMailSender>();

        await sender.SendAsync(new MailMessageToSend("resident@example.jp", Subject, Body));

        using var received = MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(await server.MessageAsync())));
        Assert.Equal(Subject, received.Subject);
        Assert.Equal(Body, received.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal("jumin@kokonoe.example", received.From.Mailboxes.Single().Address);
        Assert.Equal("九重町 住民課", received.From.Mailboxes.Single().Name);
    }

    [Theory]
    [InlineData("Tsunagu:Mail:From", "not an address", "Tsunagu:Mail:From")]
    [InlineData("Tsunagu:Mail:SmtpPort", "70000", "SmtpPort")]
    [InlineData("Tsunagu:PublicUrl", "javascript:alert(1)", "Tsunagu:PublicUrl")]
    [InlineData("Tsunagu:PublicUrl", "/relative", "Tsunagu:PublicUrl")]
    public void FindProblem_BadMailSetting_NamesTheSetting(string key, string value, string named)
    {
        var problem = StartupConfiguration.FindProblem(Settings((key, value), ("Tsunagu:DataDirectory", factory.Database.DataDirectory)));

        Assert.NotNull(problem);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblem_SmtpWithoutPublicUrl_AsksForIt()
    {
        var problem = StartupConfiguration.FindProblem(Settings(("Tsunagu:Mail:SmtpHost", "smtp.example.jp"), ("Tsunagu:DataDirectory", factory.Database.DataDirectory)));

        Assert.Contains("Tsunagu:PublicUrl", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblem_DefaultMailSettings_IsNull() =>
        Assert.Null(StartupConfiguration.FindProblem(Settings(("Tsunagu:DataDirectory", factory.Database.DataDirectory))));

    [Fact]
    public void MailLinks_To_UsesConfiguredPublicUrl()
    {
        var links = MailLinks.FromConfiguration(Settings(("Tsunagu:PublicUrl", "https://www.town.kokonoe.example/tsunagu/")));

        Assert.Equal("https://www.town.kokonoe.example/tsunagu/account/verify?token=abc", links.To("/account/verify?token=abc"));
    }
}
