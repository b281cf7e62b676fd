using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.Cli;

/// <summary>
/// Runs <c>admin …</c> commands instead of the web server. A command whose name has two words (<c>card issue</c>) is
/// run as <c>card issue …</c>, without <c>admin</c>: the first word is its group, listed in <see cref="Groups"/>.
/// </summary>
public static class CommandRunner
{
    public static readonly IReadOnlyList<string> Groups = ["admin", "card", "billing"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Groups.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IAdminCommand>().ToList();
        var name = args.Length < 2 ? "" : args[0] == "admin" ? args[1] : $"{args[0]} {args[1]}";
        var skip = 2;
        // admin commands may have a verb too: admin kiosk-terminal add.
        if (args is ["admin", _, _, ..] && commands.Any(c => c.Name == $"{args[1]} {args[2]}"))
        {
            (name, skip) = ($"{args[1]} {args[2]}", 3);
        }
        var command = commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            Console.Error.WriteLine(name.Length == 0 ? $"usage: {args[0]} <command> [options]" : $"unknown command '{name}'");
            foreach (var c in commands.OrderBy(c => c.Name))
            {
                Console.Error.WriteLine(Groups.Contains(c.Name.Split(' ')[0]) ? $"  {c.Name} {c.Usage}" : $"  admin {c.Name} {c.Usage}");
            }
            return 2;
        }
        HttpActorContext.CommandLineActor = $"cli:{Environment.UserName}";
        HttpActorContext.CommandLineRequestId = $"cli-{Guid.NewGuid():N}";
        if (command.Name != "migrate")
        {
            await scope.ServiceProvider.GetRequiredService<StartupTasks>().MigrateAsync();
        }
        return await command.RunAsync(CommandOptions.Parse(args.Skip(skip)), Console.Out, CancellationToken.None);
    }
}
