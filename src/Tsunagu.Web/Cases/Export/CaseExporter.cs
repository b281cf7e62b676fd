using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Retry;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;

namespace Tsunagu.Web.Cases.Export;

/// <summary>
/// Delivers one export: CSV and JSON files into the department's folder, or the JSON posted to a webhook. A failure
/// throws, so the outbox keeps the request and retries it with back-off (visible in the export log); nothing is lost.
/// </summary>
internal sealed class CaseExporter(TsunaguDb db, ExportedCases cases, CaseHistory history, IHttpClientFactory http, TimeProvider clock)
    : IIntegrationEventSubscriber<CaseExportRequested>
{
    public const string HttpClientName = "cases-export";

    // One quick retry for a dropped connection; the outbox adds its own quick retries and then its durable back-off
    // (2 s, 4 s, 8 s … up to an hour, eight attempts), so more tries here would only multiply theirs.
    private static readonly ResiliencePipeline s_quickRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TaskCanceledException>(),
            MaxRetryAttempts = 1,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    public async Task HandleAsync(CaseExportRequested requested, Guid messageId, CancellationToken ct)
    {
        var export = await db.Set<CaseExport>().SingleAsync(e => e.Id == requested.ExportId, ct);
        if (export.DeliveredAt is not null)
        {
            return;
        }
        var c = await db.Set<CaseFile>().SingleAsync(x => x.Id == export.CaseId, ct);
        var data = await cases.BuildAsync(c, ct);
        var csv = ExportLayout.Csv(data);
        var json = ExportLayout.Json(data);
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. csv, .. json]));
        if (ExportTargets.IsWebhook(export.Target))
        {
            await PostAsync(export.Target, json, $"{c.Id}:{ExportLayout.Version}:{hash}", ct);
        }
        else
        {
            Directory.CreateDirectory(export.Target);
            await WriteAsync(Path.Combine(export.Target, c.Number + ".csv"), csv, ct);
            await WriteAsync(Path.Combine(export.Target, c.Number + ".json"), json, ct);
        }
        export.DeliveredAt = clock.GetUtcNow().UtcDateTime;
        export.ContentHash = hash;
        history.Log(c, StaffActor.System, CaseEventKinds.Export, $"基幹システムへ連携しました({ExportLayout.Version} → {export.Target})");
        await db.SaveChangesAsync(ct);
    }

    private async Task PostAsync(string url, byte[] json, string idempotencyKey, CancellationToken ct)
    {
        var client = http.CreateClient(HttpClientName);
        await s_quickRetry.ExecuteAsync(async token =>
        {
            using var content = new ByteArrayContent(json);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            // The receiver can drop a repeat: the key is equal for every delivery of the same content.
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            request.Headers.Add("X-Tsunagu-Layout", ExportLayout.Version);
            using var response = await client.SendAsync(request, token);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"the export target answered {(int)response.StatusCode}", null, response.StatusCode);
            }
        }, ct);
    }

    /// <summary>Written aside and renamed, so the core system's pick-up job never reads half a file; a re-export replaces it whole.</summary>
    private static async Task WriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes, ct);
        File.Move(temp, path, overwrite: true);
    }
}
