using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Mail;

namespace Tsunagu.Web.Platform.Operations;

/// <summary>Checks the settings before anything starts, so a mistake gives one line, not a stack trace.</summary>
public static class StartupConfiguration
{
    public static string? FindProblem(IConfiguration configuration)
    {
        DatabaseOptions options;
        try
        {
            options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException ex)
        {
            return $"Database settings are invalid: {ex.Message}";
        }
        if (options.Provider is not ("Sqlite" or "Postgres"))
        {
            return $"Database:Provider must be 'Sqlite' or 'Postgres' (was '{options.Provider}').";
        }
        if (options.IsPostgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseModule.ConnectionName)))
        {
            return "Database:Provider is Postgres but ConnectionStrings:Tsunagu is empty.";
        }
        var people = configuration["Tsunagu:DemoTown:People"];
        if (people is not null && (!int.TryParse(people, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 0 or > 200_000))
        {
            return $"Tsunagu:DemoTown:People must be a whole number from 0 to 200000 (was '{people}').";
        }
        if (MailOptions.FindProblem(configuration) is { } mail)
        {
            return mail;
        }
        var dir = DataDirectory.PathFrom(configuration);
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"The data directory '{dir}' cannot be created: {ex.Message}";
        }
        return null;
    }
}
