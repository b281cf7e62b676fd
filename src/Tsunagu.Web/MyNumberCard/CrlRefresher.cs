using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly;
using Polly.Retry;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// Fetches each configured CRL URL into the CRL folder every <see cref="CardOptions.CrlRefreshMinutes"/>, with retries.
/// A download is stored only when it is a CRL signed by a trust anchor, and replaces the old file atomically, so a
/// failed or forged download never removes the CRL the verifier is using.
/// </summary>
public sealed class CrlRefresher(CardOptions options, CardCertificateVerifier verifier, IHttpClientFactory http, TimeProvider clock, ILogger<CrlRefresher> log,
    TimeSpan? retryDelay = null) : BackgroundService
{
    public const string HttpClientName = "crl";
    private const int MaxCrlBytes = 50 * 1024 * 1024;

    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 3, Delay = retryDelay ?? TimeSpan.FromSeconds(2), BackoffType = DelayBackoffType.Exponential, ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TaskCanceledException>() })
        .Build();

    /// <summary>Fetches every URL once; returns how many CRLs were stored.</summary>
    public async Task<int> RefreshOnceAsync(CancellationToken ct)
    {
        var anchors = verifier.LoadAnchors();
        var stored = 0;
        foreach (var url in options.CrlUrls)
        {
            try
            {
                var bytes = await _retry.ExecuteAsync(async token =>
                {
                    using var client = http.CreateClient(HttpClientName);
                    using var response = await client.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, token);
                    response.EnsureSuccessStatusCode();
                    if (response.Content.Headers.ContentLength > MaxCrlBytes)
                    {
                        throw new HttpRequestException("CRL too large");
                    }
                    return await response.Content.ReadAsByteArrayAsync(token);
                }, ct);
                if (!CrlStore.IsCrlOf(bytes, anchors))
                {
                    log.LogWarning("CRL from {Url} is not a CRL of a trusted CA; kept the previous one", url);
                    continue;
                }
                Directory.CreateDirectory(options.CrlDirectory);
                var path = Path.Combine(options.CrlDirectory, "fetched-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..16] + ".crl");
                await File.WriteAllBytesAsync(path + ".tmp", bytes, ct);
                File.Move(path + ".tmp", path, overwrite: true);
                stored++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or UriFormatException)
            {
                log.LogWarning("CRL from {Url} could not be fetched ({Error}); kept the previous one", url, ex.GetType().Name);
            }
        }
        return stored;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.CrlUrls.Count == 0)
        {
            return;
        }
        await RefreshOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.CrlRefreshMinutes)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshOnceAsync(stoppingToken);
        }
    }
}

/// <summary>
/// Reports a missing or stale CRL for any trust anchor as Degraded on <c>/healthz</c> (still 200: the site serves, but
/// card checks fail closed when <see cref="CardOptions.FailClosedWithoutCrl"/> says so).
/// </summary>
public sealed class CrlHealthCheck(CardOptions options, CardCertificateVerifier verifier, CrlStore crls, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var problems = verifier.LoadAnchors()
            .Select(a => (Anchor: a.Subject, Fresh: crls.Freshness(a, now)))
            .Where(x => x.Fresh.Status != CrlStore.Status.Good)
            .Select(x => x.Fresh.Status == CrlStore.Status.NoCrl ? $"no CRL for {x.Anchor}" : $"CRL for {x.Anchor} stale since {x.Fresh.NextUpdate:O}")
            .ToList();
        var failMode = options.FailClosedWithoutCrl ? "card checks fail closed" : "card checks continue without revocation";
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(string.Join("; ", problems) + $" ({failMode})"));
    }
}
