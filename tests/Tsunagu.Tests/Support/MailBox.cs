using System.Text.RegularExpressions;
using MimeKit;

namespace Tsunagu.Tests.Support;

public sealed record ReceivedMail(string To, string From, string Subject, string Body);

/// <summary>Reads the .eml files that the application wrote to its data folder (no SMTP server configured).</summary>
public static partial class MailBox
{
    public static IReadOnlyList<ReceivedMail> All(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "mail");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];
    }

    public static IReadOnlyList<ReceivedMail> To(TsunaguFactory factory, string address) =>
        All(factory.Database.DataDirectory).Where(m => m.To.Equals(address, StringComparison.OrdinalIgnoreCase)).ToList();

    public static ReceivedMail Last(TsunaguFactory factory, string address) =>
        To(factory, address) is { Count: > 0 } mails ? mails[^1] : throw new InvalidOperationException("no mail to " + address);

    /// <summary>The path and query of the first link in the mail that goes to <paramref name="path"/>.</summary>
    public static string Link(ReceivedMail mail, string path)
    {
        var url = Links().Matches(mail.Body).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path)
            ?? throw new InvalidOperationException($"no link to {path} in: {mail.Body}");
        return url.PathAndQuery;
    }

    public static IEnumerable<Uri> AllLinks(ReceivedMail mail) => Links().Matches(mail.Body).Select(m => new Uri(m.Value));

    private static ReceivedMail Read(string path)
    {
        using var message = MimeMessage.Load(path);
        return new ReceivedMail(message.To.Mailboxes.Single().Address, message.From.Mailboxes.Single().Address, message.Subject ?? "", message.TextBody ?? "");
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Links();
}
