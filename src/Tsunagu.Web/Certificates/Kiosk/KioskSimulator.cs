using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Tsunagu.Web.MyNumberCard.Contracts;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>What one simulated multi-copy machine holds between screens: the card in the reader, the session, the print.</summary>
public sealed class SimulatorState
{
    public byte[]? Card { get; set; }
    public string? CardNote { get; set; }
    public Guid? SessionId { get; set; }
    public JsonElement? Screen { get; set; }
    public byte[]? Printed { get; set; }
    public string? Serial { get; set; }
    public string? Fee { get; set; }
}

/// <summary>
/// A multi-copy machine for Development: drives the kiosk API over HTTP exactly as a store terminal would, with a
/// software test card in its reader. Its terminal key is registered on first use and kept only in memory.
/// </summary>
public sealed class KioskSimulator(IHttpClientFactory http, IMemoryCache cache, IServiceScopeFactory scopes, IConfiguration configuration)
{
    public const string HttpClientName = "kiosk-simulator";
    private static readonly SemaphoreSlim s_keyLock = new(1, 1);
    private string? _key;

    public SimulatorState State(string id) => cache.GetOrCreate("kiosk-sim:" + id, e =>
    {
        e.SlidingExpiration = TimeSpan.FromMinutes(10);
        return new SimulatorState();
    })!;

    public void Reset(string id) => cache.Remove("kiosk-sim:" + id);

    /// <summary>Reads the card: opens a session, has the card sign the challenge after its PIN check, authenticates.</summary>
    public async Task<string?> ReadCardAsync(SimulatorState state, string pin, Uri site, ITestCards cards, CancellationToken ct)
    {
        var client = await ClientAsync(site, ct);
        using var opened = await client.PostAsync("api/kiosk/sessions", null, ct);
        if (!opened.IsSuccessStatusCode)
        {
            return await ProblemAsync(opened, ct);
        }
        var session = await opened.Content.ReadFromJsonAsync<JsonElement>(ct);
        var challenge = Convert.FromBase64String(session.GetProperty("challenge").GetString()!);
        var (certificate, signature, refused) = cards.Authenticate(state.Card!, pin, challenge);
        if (refused is not null)
        {
            return refused;
        }
        var id = session.GetProperty("sessionId").GetGuid();
        using var authenticated = await client.PostAsJsonAsync($"api/kiosk/sessions/{id}/authenticate", new { certificate, signature }, ct);
        if (!authenticated.IsSuccessStatusCode)
        {
            return await ProblemAsync(authenticated, ct);
        }
        state.SessionId = id;
        state.Screen = (await authenticated.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("screen");
        return null;
    }

    public async Task<string?> PrintAsync(SimulatorState state, string kind, int copies, bool household, Uri site, CancellationToken ct)
    {
        var client = await ClientAsync(site, ct);
        using var response = await client.PostAsJsonAsync($"api/kiosk/sessions/{state.SessionId}/certificates",
            new { kind, copies, options = new { wholeHousehold = household } }, ct);
        if (!response.IsSuccessStatusCode)
        {
            return await ProblemAsync(response, ct);
        }
        state.Printed = await response.Content.ReadAsByteArrayAsync(ct);
        state.Serial = response.Headers.GetValues("X-Certificate-Serial").First();
        state.Fee = response.Headers.GetValues("X-Certificate-Fee").First();
        return null;
    }

    private async Task<HttpClient> ClientAsync(Uri site, CancellationToken ct)
    {
        var client = http.CreateClient(HttpClientName);
        client.BaseAddress = configuration["Certificates:Kiosk:SimulatorApiBase"] is { Length: > 0 } b ? new Uri(b) : site;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KeyAsync(ct));
        return client;
    }

    private async Task<string> KeyAsync(CancellationToken ct)
    {
        await s_keyLock.WaitAsync(ct);
        try
        {
            if (_key is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                (_, _key) = await scope.ServiceProvider.GetRequiredService<KioskTerminals>().AddAsync($"開発用シミュレーター {DateTime.UtcNow:yyyyMMddHHmmss}", "kiosk-simulator", ct);
            }
            return _key;
        }
        finally
        {
            s_keyLock.Release();
        }
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return problem.TryGetProperty("detail", out var d) ? d.GetString()! : $"エラー（{(int)response.StatusCode}）";
        }
        catch (JsonException)
        {
            return $"エラー（{(int)response.StatusCode}）";
        }
    }
}
