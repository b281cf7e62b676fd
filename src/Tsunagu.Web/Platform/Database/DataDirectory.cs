namespace Tsunagu.Web.Platform.Database;

/// <summary>The folder holding the SQLite file, stored files, keys and demo credentials.</summary>
public sealed class DataDirectory(string path)
{
    public const string ConfigKey = "Tsunagu:DataDirectory";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static DataDirectory FromConfiguration(IConfiguration configuration)
    {
        var dir = new DataDirectory(configuration[ConfigKey] is { Length: > 0 } p ? p : "data");
        Directory.CreateDirectory(dir.Path);
        return dir;
    }
}
