using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.MyNumberCard;
using Tsunagu.Web.Certificates.Kiosk;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Tests.Certificates;

/// <summary>The test CA on, a clock set to 10:00 Japan time (inside the kiosk hours), and helpers that act as a terminal.</summary>
public sealed class KioskFactory : CardFactory
{
    public KioskFactory()
    {
        var next = new DateTimeOffset(Clock.GetUtcNow().UtcDateTime.Date.AddHours(1), TimeSpan.Zero);
        Clock.SetUtcNow(next > Clock.GetUtcNow() ? next : next.AddDays(1));
    }

    public async Task<HttpClient> TerminalAsync()
    {
        var (_, key) = await WithScopeAsync(sp => sp.GetRequiredService<KioskTerminals>().AddAsync("テスト店 1号機", "test", default));
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A card issued by the town (recorded as the resident's) for the <paramref name="skip"/>-th current resident.</summary>
    public Task<CardKeys> CardAsync(int skip) => WithScopeAsync(async sp =>
    {
        var (id, _) = await ResidentAsync(skip);
        return (await sp.GetRequiredService<Web.MyNumberCard.TestCards>().IssueCardAsync(new ResidentId(id), default))!;
    });

    public static async Task<(Guid Id, byte[] Challenge)> OpenAsync(HttpClient terminal)
    {
        var response = await terminal.PostAsync(new Uri("/api/kiosk/sessions", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("sessionId").GetGuid(), Convert.FromBase64String(body.GetProperty("challenge").GetString()!));
    }

    public static Task<HttpResponseMessage> AuthenticateAsync(HttpClient terminal, Guid session, CardKeys card, byte[] challenge) =>
        terminal.PostAsJsonAsync($"/api/kiosk/sessions/{session}/authenticate", new { certificate = Der(card.Authentication), signature = Sign(card.Authentication, challenge) });

    public static Task<HttpResponseMessage> CertificateAsync(HttpClient terminal, Guid session, string kind, int copies = 1, object? options = null) =>
        terminal.PostAsJsonAsync($"/api/kiosk/sessions/{session}/certificates", new { kind, copies, options });
}
