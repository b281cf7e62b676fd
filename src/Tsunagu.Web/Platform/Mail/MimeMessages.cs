using System.Text;
using MimeKit;

namespace Tsunagu.Web.Platform.Mail;

/// <summary>Turns a <see cref="MailMessageToSend"/> into the MIME message both senders write.</summary>
internal static class MimeMessages
{
    // Japanese mail clients show a sender name; a bare no-reply address looks like spam.
    private const string DefaultSenderName = "九重町役場";

    public static MimeMessage Create(MailMessageToSend message, MailOptions options, TimeProvider clock)
    {
        var from = MailboxAddress.Parse(options.From);
        if (string.IsNullOrEmpty(from.Name))
        {
            from.Name = DefaultSenderName;
        }
        var body = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.Base64 };
        body.SetText(Encoding.UTF8, message.Body.ReplaceLineEndings("\r\n"));
        var mime = new MimeMessage
        {
            Subject = message.Subject.ReplaceLineEndings(" "),
            Date = clock.GetUtcNow(),
            Body = body,
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        // RFC 3834: stops out-of-office replies to an address nobody reads.
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        return mime;
    }
}
