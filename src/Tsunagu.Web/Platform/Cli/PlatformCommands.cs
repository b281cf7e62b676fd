using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Platform.Cli;

internal sealed class MigrateCommand(StartupTasks startup) : IAdminCommand
{
    public string Name => "migrate";
    public string Usage => "— apply database migrations and exit";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        await startup.MigrateAsync(ct);
        await output.WriteLineAsync("The database is up to date.");
        return 0;
    }
}

internal sealed class VerifyAuditCommand(AuditLog audit) : IAdminCommand
{
    public string Name => "verify-audit";
    public string Usage => "— recompute the audit hash chain and name the first broken entry";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        var result = await audit.VerifyAsync(ct);
        if (result.IsIntact)
        {
            await output.WriteLineAsync($"Audit chain intact: {result.EntriesChecked} entries.");
            return 0;
        }
        await output.WriteLineAsync($"Audit chain BROKEN at entry {result.FirstBrokenId}: {result.Reason}.");
        return 1;
    }
}

internal sealed class CreateStaffCommand(StaffAccounts accounts) : IAdminCommand
{
    public string Name => "create-staff";
    public string Usage => "--email <address> --department <code|課名> --role <counter|examiner|manager|admin> [--name <表示名>]";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        if (options["email"] is not { Length: > 3 } email || !email.Contains('@', StringComparison.Ordinal)
            || options["department"] is not { } department || options["role"] is not { } role)
        {
            await Console.Error.WriteLineAsync($"usage: admin create-staff {Usage}");
            return 2;
        }
        var (created, error) = await accounts.CreateAsync(email, options["name"] ?? email, department, role);
        if (created is null)
        {
            await Console.Error.WriteLineAsync($"Staff account not created: {error}");
            return 1;
        }
        await output.WriteLineAsync($"Created staff {created.User.Email} ({created.User.Id}).");
        await output.WriteLineAsync($"One-time password: {created.OneTimePassword}");
        await output.WriteLineAsync("It must be changed at first sign-in, and an authenticator app enrolled.");
        return 0;
    }
}

public static class CommandServices
{
    public static IServiceCollection AddAdminCommand<T>(this IServiceCollection services) where T : class, IAdminCommand =>
        services.AddScoped<IAdminCommand, T>();

    internal static IServiceCollection AddPlatformCommands(this IServiceCollection services) =>
        services.AddAdminCommand<MigrateCommand>().AddAdminCommand<VerifyAuditCommand>().AddAdminCommand<CreateStaffCommand>();
}
