namespace Tsunagu.Web.Platform.Mail;

public static class MailModule
{
    /// <summary>Registers <see cref="IMailSender"/> (SMTP or the mail folder, by configuration) and <see cref="MailLinks"/>.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = MailOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.AddSingleton(MailLinks.FromConfiguration(configuration));
        if (options.UsesSmtp)
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, FolderMailSender>();
        }
        return services;
    }
}
