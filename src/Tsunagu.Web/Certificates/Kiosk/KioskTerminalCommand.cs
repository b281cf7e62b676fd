using Tsunagu.Web.Platform.Cli;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary><c>admin kiosk-terminal add --name &lt;name&gt;</c>: registers a terminal and prints its key once.</summary>
internal sealed class KioskTerminalCommand(KioskTerminals terminals) : IAdminCommand
{
    public string Name => "kiosk-terminal add";
    public string Usage => "--name <terminal name> — register a convenience-store terminal for the kiosk API; prints its key once";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        if (options["name"] is not { Length: > 0 and <= 100 } name)
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        var (terminal, key) = await terminals.AddAsync(name, "admin-cli", ct);
        await output.WriteLineAsync($"Registered kiosk terminal {terminal.Name} ({terminal.Id}).");
        await output.WriteLineAsync($"Key (shown once; the terminal sends it as 'Authorization: Bearer <key>'): {key}");
        return 0;
    }
}
