using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Bench;

/// <summary>
/// Open data over real loopback HTTP: the app (Kestrel, Production settings) serving a 10,000-row CSV download and
/// package_search, against nginx serving the same bytes as static files. Same client, same machine, same run.
/// Usage: dotnet run -c Release --project bench/Tsunagu.Bench -- opendata [requests] [concurrency]
/// </summary>
internal static class OpenDataBench
{
    public static async Task RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var data = Directory.CreateTempSubdirectory("tsunagu-bench-od").FullName;
        var (appPort, nginxPort) = (FreePort(), FreePort());
        await using var host = new KestrelHost(data, appPort);
        host.StartServer();
        var app = $"http://127.0.0.1:{appPort}";
        var csvPath = await SeedHydrantsAsync(host, 10_000);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false });
        var csv = await client.GetByteArrayAsync(app + csvPath);
        var search = await client.GetByteArrayAsync(app + "/api/3/action/package_search?q=*:*&rows=10");
        var root = Directory.CreateDirectory(Path.Combine(data, "www")).FullName;
        // nginx workers run as an unprivileged user, and temporary folders are created readable by their owner only.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data, (UnixFileMode)0b111_101_101);
        }
        await File.WriteAllBytesAsync(Path.Combine(root, "hydrants.csv"), csv);
        await File.WriteAllBytesAsync(Path.Combine(root, "package_search.json"), search);
        using var nginx = Nginx.Start(data, root, nginxPort);
        var static_ = $"http://127.0.0.1:{nginxPort}";
        Console.WriteLine($"CSV: {csv.Length:N0} bytes, 10,000 rows; package_search answer: {search.Length:N0} bytes; {requests} requests, concurrency {concurrency}");
        Console.WriteLine("| scenario | server | req/s | MB/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (scenario, appUrl, staticUrl) in new[] { ("10,000-row CSV download", app + csvPath, static_ + "/hydrants.csv"), ("package_search (rows=10)", app + "/api/3/action/package_search?q=*:*&rows=10", static_ + "/package_search.json") })
        {
            await MeasureAsync(client, appUrl, 200, concurrency);
            await MeasureAsync(client, staticUrl, 200, concurrency);
            var a = await MeasureAsync(client, appUrl, requests, concurrency);
            var n = await MeasureAsync(client, staticUrl, requests, concurrency);
            Console.WriteLine($"| {scenario} | Tsunagu (Kestrel) | {a.Rps:F0} | {a.MBps:F1} | {a.P50:F1} | {a.P99:F1} |");
            Console.WriteLine($"| {scenario} | nginx static file | {n.Rps:F0} | {n.MBps:F1} | {n.P50:F1} | {n.P99:F1} |");
            Console.WriteLine($"| {scenario} | ratio Tsunagu/nginx | {a.Rps / n.Rps:F2}× | | | {a.P99 / n.P99:F2}× p99 |");
        }
    }

    private static async Task<string> SeedHydrantsAsync(KestrelHost host, int rows)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var schema = sp.GetRequiredService<SchemaCatalogue>().Find("fire_hydrant")!;
        var (_, dataset) = await sp.GetRequiredService<DatasetEditing>().CreateAsync(new DatasetInput("bench-hydrants", "消防水利施設一覧(ベンチ用)",
            "ベンチマーク用の1万行のデータです。", "防災", "bosai", null, null, null, null, null, schema.Id), Editor.System, default);
        var header = schema.Columns.Select(c => c.Name).ToList();
        var lines = Enumerable.Range(0, rows).Select(i => (IReadOnlyList<string>)[.. header.Select(h => h switch
        {
            "全国地方公共団体コード" or "所在地_全国地方公共団体コード" => "444618",
            "ID" => i.ToString("D6", CultureInfo.InvariantCulture),
            "地方公共団体名" => "大分県九重町",
            "種別" => i % 5 == 0 ? "防火水そう" : "消火栓",
            "所在地_連結表記" => $"大分県玖珠郡九重町大字野上{i % 2600 + 1}番地",
            "緯度" => (33.06 + (i % 200 * 0.001)).ToString("F6", CultureInfo.InvariantCulture),
            "経度" => (131.10 + (i / 200 * 0.004)).ToString("F6", CultureInfo.InvariantCulture),
            "口径" => "75",
            _ => "",
        })]).ToList();
        var (result, report) = await sp.GetRequiredService<ResourceUploads>().UploadAsync(dataset!, null, null, "bench.csv", CsvFormat.ToBytes(header, lines), Editor.System, default);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("bench file invalid: " + report?.Problems[0]);
        }
        await sp.GetRequiredService<DatasetEditing>().MoveAsync(dataset!, DatasetStatus.Published, Editor.System, default);
        return $"/opendata/datasets/bench-hydrants/resources/{dataset!.Resources[0].Id}.csv";
    }

    private static async Task<(double Rps, double MBps, double P50, double P99)> MeasureAsync(HttpClient client, string url, int count, int concurrency)
    {
        var latencies = new double[count];
        long bytes = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync();
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0)
                {
                    Interlocked.Add(ref bytes, read);
                }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return (count / seconds, bytes / seconds / 1024 / 1024, latencies[count / 2], latencies[(int)(count * 0.99)]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The app on Kestrel with Production settings and a small seeded demo town (which seeds the open-data demo too).</summary>
    private sealed class KestrelHost : WebApplicationFactory<DataDirectory>
    {
        public KestrelHost(string data, int port)
        {
            UseKestrel(port);
            (_data, _port) = (data, port);
        }

        private readonly string _data;
        private readonly int _port;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Tsunagu.Web")));
            builder.UseSetting("Tsunagu:DataDirectory", _data);
            builder.UseSetting("Tsunagu:Outbox:Enabled", "false");
            builder.UseSetting("Tsunagu:DemoTown:Seed", "true");
            builder.UseSetting("Tsunagu:DemoTown:People", "50");
            builder.UseSetting("Tsunagu:RateLimits:OpenDataPerMinute", "100000000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("urls", $"http://127.0.0.1:{_port}");
        }
    }
}

/// <summary>nginx (Debian nginx-light) in the foreground on its own prefix and port, stopped when disposed.</summary>
internal sealed class Nginx : IDisposable
{
    private readonly Process _process;

    private Nginx(Process process) => _process = process;

    public static Nginx Start(string data, string root, int port)
    {
        var conf = Path.Combine(data, "nginx.conf");
        File.WriteAllText(conf, $$"""
            worker_processes auto;
            error_log {{data}}/nginx-error.log;
            pid {{data}}/nginx.pid;
            events { worker_connections 1024; }
            http {
                access_log off;
                sendfile on;
                types { text/csv csv; application/json json; }
                server { listen 127.0.0.1:{{port}}; root {{root}}; }
            }
            """);
        var process = Process.Start(new ProcessStartInfo("nginx", ["-p", data, "-c", conf, "-g", "daemon off;"]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("nginx did not start (apt-get install -y nginx-light)");
        Thread.Sleep(500);
        return new Nginx(process);
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
