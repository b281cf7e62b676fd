using MimeKit;

namespace Tsunagu.Web.Platform.Mail;

/// <summary>The <c>Tsunagu:Mail</c> settings. Passwords come from the environment or a secret store, never the repository.</summary>
public sealed class MailOptions
{
    public const string Section = "Tsunagu:Mail";
    public const string DefaultFrom = "no-reply@kokonoe.example";

    /// <summary>Empty: write <c>.eml</c> files instead of sending.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Require STARTTLS (the default). When false, port 465 uses TLS from the start and other ports send in clear to a local relay.</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>An address, or <c>名前 &lt;address&gt;</c>.</summary>
    public string From { get; set; } = DefaultFrom;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    public static MailOptions FromConfiguration(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<MailOptions>() ?? new MailOptions();

    /// <summary>One line describing a wrong setting, or null; checked before the application starts.</summary>
    public static string? FindProblem(IConfiguration configuration)
    {
        MailOptions options;
        try
        {
            options = FromConfiguration(configuration);
        }
        catch (InvalidOperationException ex)
        {
            return $"Mail settings are invalid: {ex.Message}";
        }
        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            return $"{Section}:From is not an e-mail address (was '{options.From}').";
        }
        if (options.SmtpPort is < 1 or > 65535)
        {
            return $"{Section}:SmtpPort must be from 1 to 65535 (was {options.SmtpPort}).";
        }
        if (options.UsesSmtp && string.IsNullOrWhiteSpace(configuration[MailLinks.ConfigKey]))
        {
            return $"{MailLinks.ConfigKey} must be set when mail goes out through SMTP: links in e-mails are built from it.";
        }
        return MailLinks.FindProblem(configuration);
    }
}
