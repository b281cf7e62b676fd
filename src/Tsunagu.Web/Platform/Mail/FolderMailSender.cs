using System.Globalization;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.Mail;

/// <summary>Writes each message to <c>&lt;data&gt;/mail/</c> as an <c>.eml</c> file that any mail program opens.</summary>
internal sealed class FolderMailSender(DataDirectory data, MailOptions options, TimeProvider clock, ILogger<FolderMailSender> logger) : IMailSender
{
    public const string FolderName = "mail";

    private static long s_sequence;

    public async Task SendAsync(MailMessageToSend message, CancellationToken ct = default)
    {
        using var mime = MimeMessages.Create(message, options, clock);
        var folder = data.Combine(FolderName);
        Directory.CreateDirectory(folder);
        // Wall-clock time and a counter first, so a folder listing sorts in sending order even under a test clock;
        // the random part keeps names unique across nodes sharing the folder.
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfffffff}-{Interlocked.Increment(ref s_sequence):D8}-{Guid.NewGuid():N}.eml");
        var path = Path.Combine(folder, name);
        // Written aside and renamed, so a program watching the folder never reads half a message.
        await mime.WriteToAsync(path + ".tmp", ct);
        File.Move(path + ".tmp", path);
        logger.LogInformation("Mail written to {File}", name);
    }
}
