namespace Tsunagu.Web.Platform.Mail;

/// <summary>A plain-text e-mail to one recipient. Subject and body may be Japanese; they are sent as UTF-8.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">One line, without line breaks.</param>
/// <param name="Body">Plain text; lines separated by <c>\n</c>.</param>
public sealed record MailMessageToSend(string To, string Subject, string Body);

/// <summary>
/// Sends e-mail from the town. Through SMTP when <c>Tsunagu:Mail:SmtpHost</c> is set; otherwise each message is
/// written as an <c>.eml</c> file under <c>&lt;data directory&gt;/mail/</c> (development, tests, demo installs).
/// </summary>
public interface IMailSender
{
    /// <summary>
    /// Sends one message now. Throws when the mail server cannot be reached or refuses the message; callers decide
    /// whether that is worth an error page.
    /// </summary>
    Task SendAsync(MailMessageToSend message, CancellationToken ct = default);
}
