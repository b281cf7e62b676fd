using MailKit.Net.Smtp;
using MailKit.Security;

namespace Tsunagu.Web.Platform.Mail;

/// <summary>Sends through the configured SMTP server, one connection per message (the town sends few).</summary>
internal sealed class SmtpMailSender(MailOptions options, TimeProvider clock, ILogger<SmtpMailSender> logger) : IMailSender
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MailMessageToSend message, CancellationToken ct = default)
    {
        using var mime = MimeMessages.Create(message, options, clock);
        using var client = new SmtpClient { Timeout = (int)s_timeout.TotalMilliseconds };
        var security = options.StartTls ? SecureSocketOptions.StartTls
            : options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.None;
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", ct);
        }
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
        // The message id, never the address: logs carry no personal data.
        logger.LogInformation("Mail sent through SMTP as {MessageId}", mime.MessageId);
    }
}
