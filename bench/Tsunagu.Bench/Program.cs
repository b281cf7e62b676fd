using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Bench;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Forms;

if (args is ["certificates", .. var certificateArgs])
{
    await CertificateBench.RunAsync(certificateArgs);
    return;
}

if (args is ["slips", .. var slipArgs])
{
    SlipBench.Run(slipArgs);
    return;
}

if (args is ["opendata", .. var rest])
{
    await OpenDataBench.RunAsync(rest);
    return;
}

// Submitting a 30-field application vs. a minimal endpoint inserting one row, same host, same run, same database.
// Usage: dotnet run -c Release --project bench/Tsunagu.Bench [-- <requests> <concurrency>]
// PostgreSQL too when TSUNAGU_BENCH_POSTGRES holds a server connection string (a fresh database is created).
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var catalog = BenchCatalogue.Write();
var runs = new List<(string Provider, string Connection)>();
var data = Directory.CreateTempSubdirectory("tsunagu-bench").FullName;
runs.Add(("Sqlite", $"Data Source={Path.Combine(data, "bench.db")}"));
if (Environment.GetEnvironmentVariable("TSUNAGU_BENCH_POSTGRES") is { Length: > 0 } pg)
{
    runs.Add(("Postgres", pg.TrimEnd(';') + $";Database=tsunagu_bench_{Guid.NewGuid():N}"));
}

Console.WriteLine($"| database | scenario | requests | concurrency | req/s | p50 ms | p99 ms |");
Console.WriteLine($"|---|---|---|---|---|---|---|");
foreach (var (provider, connection) in runs)
{
    await using var host = new BenchHost(provider, connection, data, catalog);
    var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    var (token, owner) = await BenchClient.PrepareAsync(host, client);
    var drafts = await BenchClient.CreateDraftsAsync(host, owner, requests + 200);
    // Warm-up: JIT, connection pools and EF model, for both scenarios.
    await Measure(200, concurrency, i => BenchClient.SubmitAsync(client, drafts[i], token));
    await Measure(200, concurrency, _ => client.PostAsync("/bench/insert-one-row", null));
    var submit = await Measure(requests, concurrency, i => BenchClient.SubmitAsync(client, drafts[200 + i], token));
    var insert = await Measure(requests, concurrency, _ => client.PostAsync("/bench/insert-one-row", null));
    Report(provider, "submit 30-field application", submit);
    Report(provider, "insert one row (baseline)", insert);
    Console.WriteLine($"| {provider} | ratio submit/baseline | | | {submit.Throughput / insert.Throughput:F2}× throughput | | {submit.P99 / insert.P99:F2}× p99 |");
    if (provider == "Postgres")
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TsunaguDb>().Database.EnsureDeletedAsync();
    }
}

void Report(string provider, string scenario, Result r) =>
    Console.WriteLine($"| {provider} | {scenario} | {r.Count} | {concurrency} | {r.Throughput:F0} | {r.P50:F1} | {r.P99:F1} |");

static async Task<Result> Measure(int count, int concurrency, Func<int, Task<HttpResponseMessage>> send)
{
    var latencies = new double[count];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await send(i);
            if ((int)response.StatusCode >= 400)
            {
                throw new InvalidOperationException($"request {i} answered {(int)response.StatusCode}");
            }
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }));
    var elapsed = clock.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    return new Result(count, count / elapsed, latencies[count / 2], latencies[(int)(count * 0.99)]);
}

internal sealed record Result(int Count, double Throughput, double P50, double P99);

internal static partial class BenchClient
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>Starts one application through the pages, to get the browser's cookies, antiforgery token and draft owner.</summary>
    public static async Task<(string Token, string Owner)> PrepareAsync(BenchHost host, HttpClient client)
    {
        var start = await client.GetStringAsync($"/procedures/{BenchCatalogue.ProcedureId}/apply");
        var token = TokenPattern().Match(start).Groups[1].Value;
        using var started = await client.PostAsync($"/procedures/{BenchCatalogue.ProcedureId}/apply",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var draftId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[2]);
        await using var scope = host.Services.CreateAsyncScope();
        var owner = await scope.ServiceProvider.GetRequiredService<TsunaguDb>().Set<Draft>().Where(d => d.Id == draftId).Select(d => d.Owner).SingleAsync();
        return (token, owner);
    }

    public static async Task<List<Guid>> CreateDraftsAsync(BenchHost host, string owner, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TsunaguDb>();
        var answers = new FormAnswers(BenchCatalogue.Answers()).ToJson();
        var now = DateTime.UtcNow;
        var drafts = Enumerable.Range(0, count).Select(_ => new Draft
        {
            Id = Guid.CreateVersion7(),
            ProcedureId = BenchCatalogue.ProcedureId,
            ProcedureVersion = 1,
            Owner = owner,
            AnswersJson = answers,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Set<Draft>().AddRange(drafts);
        await db.SaveChangesAsync();
        return drafts.Select(d => d.Id).ToList();
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid draftId, string token) =>
        client.PostAsync($"/apply/{draftId}/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["declaration"] = "yes",
        }));
}
