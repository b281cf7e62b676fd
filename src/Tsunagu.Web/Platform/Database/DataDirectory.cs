namespace Tsunagu.Web.Platform.Database;

/// <summary>The folder holding the SQLite file, stored files, keys and demo credentials.</summary>
public sealed class DataDirectory(string path)
{
    public const string ConfigKey = "Tsunagu:DataDirectory";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary><c>--data</c> on the command line, else <c>Tsunagu:DataDirectory</c>, else <c>data</c> in the working folder.</summary>
    public static string PathFrom(IConfiguration configuration) =>
        configuration["data"] is { Length: > 0 } d ? d
        : configuration[ConfigKey] is { Length: > 0 } p ? p
        : "data";

    public static DataDirectory FromConfiguration(IConfiguration configuration)
    {
        var dir = new DataDirectory(PathFrom(configuration));
        Directory.CreateDirectory(dir.Path);
        return dir;
    }
}
