namespace Tsunagu.Web.Platform.Cli;

/// <summary>An operator command: <c>dotnet run --project src/Tsunagu.Web -- admin &lt;name&gt; [options]</c>.</summary>
public interface IAdminCommand
{
    string Name { get; }

    /// <summary>One line: the options and what the command does.</summary>
    string Usage { get; }

    Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct);
}

/// <summary>The <c>--name value</c> pairs after the command name.</summary>
public sealed class CommandOptions(IReadOnlyDictionary<string, string> values)
{
    public string? this[string name] => values.GetValueOrDefault(name);

    public static CommandOptions Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (key is not null) { values[key] = "true"; }
                key = arg[2..];
                var eq = key.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) { values[key[..eq]] = key[(eq + 1)..]; key = null; }
            }
            else if (key is not null)
            {
                values[key] = arg;
                key = null;
            }
        }
        if (key is not null) { values[key] = "true"; }
        return new CommandOptions(values);
    }
}
