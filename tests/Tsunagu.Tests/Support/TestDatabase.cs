using Npgsql;

namespace Tsunagu.Tests.Support;

/// <summary>
/// A database of its own for one test host: a SQLite file in a temp folder, or a fresh PostgreSQL
/// database when TSUNAGU_TEST_PROVIDER=Postgres (test.sh runs every test once per provider).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }
    private readonly string? _postgresName;
    private readonly string? _postgresAdmin;

    public TestDatabase()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "tsunagu-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDirectory);
        Provider = IsPostgres ? "Postgres" : "Sqlite";
        if (IsPostgres)
        {
            _postgresAdmin = Environment.GetEnvironmentVariable("TSUNAGU_TEST_POSTGRES")
                ?? "Host=127.0.0.1;Port=55432;Username=postgres";
            _postgresName = "tsunagu_t_" + Guid.NewGuid().ToString("N")[..16];
            ConnectionString = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(DataDirectory, "tsunagu.db")}";
        }
    }

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TSUNAGU_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = "postgres" }.ConnectionString);
            conn.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", conn);
            cmd.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host is left for the OS temp cleaner.
        }
    }
}
