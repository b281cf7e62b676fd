using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.MyNumberCard;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>The CRL job keeps the folder current from the CA's URL; a bad download keeps the old CRL; staleness is reported.</summary>
public sealed class CrlRefreshTests(CardFactory factory) : IClassFixture<CardFactory>
{
    private sealed class ServeBytes(Func<byte[]?> body) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(body() is { } bytes
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
                : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }
    }

    private sealed class OneClient(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private CrlRefresher Refresher(HttpMessageHandler handler, CardOptions options) =>
        new(options, factory.Services.GetRequiredService<CardCertificateVerifier>(), new OneClient(handler), factory.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<CrlRefresher>.Instance, TimeSpan.FromMilliseconds(10));

    private CardOptions OptionsWith(params string[] urls)
    {
        var shared = factory.Services.GetRequiredService<CardOptions>();
        return new CardOptions { TrustAnchorDirectory = shared.TrustAnchorDirectory, CrlDirectory = shared.CrlDirectory, CrlUrls = [.. urls] };
    }

    [Fact]
    public async Task RefreshOnce_CaCrl_IsStoredAndARevocationInItCounts()
    {
        var options = factory.Services.GetRequiredService<CardOptions>();
        var caCrl = Path.Combine(options.CrlDirectory, "test-ca.crl");
        using var card = factory.Ca.Issue((await factory.ResidentAsync(30)).Info);
        factory.Ca.Revoke(card.Authentication.SerialNumber);
        var published = await File.ReadAllBytesAsync(caCrl);

        var stored = await Refresher(new ServeBytes(() => published), OptionsWith("https://crl.example.jp/ca.crl")).RefreshOnceAsync(CancellationToken.None);

        Assert.Equal(1, stored);
        var fetched = Assert.Single(Directory.GetFiles(options.CrlDirectory, "fetched-*.crl"));
        Assert.Equal(published, await File.ReadAllBytesAsync(fetched));
        Assert.Equal(CrlStore.Status.Revoked, factory.Services.GetRequiredService<CrlStore>().Check(card.Authentication, factory.Ca.Root(), factory.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task RefreshOnce_GarbageOrOutage_KeepsWhatIsThere()
    {
        var before = Directory.GetFiles(factory.Services.GetRequiredService<CardOptions>().CrlDirectory).Select(File.ReadAllBytes).ToList();
        var outage = new ServeBytes(() => null);

        Assert.Equal(0, await Refresher(new ServeBytes(() => "not a crl"u8.ToArray()), OptionsWith("https://crl.example.jp/a.crl")).RefreshOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Refresher(outage, OptionsWith("https://crl.example.jp/b.crl")).RefreshOnceAsync(CancellationToken.None));

        Assert.Equal(4, outage.Calls);
        Assert.Equal(before, Directory.GetFiles(factory.Services.GetRequiredService<CardOptions>().CrlDirectory).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public async Task Health_CurrentCrl_IsHealthy_AndPastNextUpdate_IsDegradedWithTheReason()
    {
        Assert.Contains("\"card-crl\":\"Healthy\"", await factory.CreateClient().GetStringAsync("/healthz"), StringComparison.Ordinal);
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(factory.Clock.GetUtcNow().AddDays(8));
        var check = new CrlHealthCheck(factory.Services.GetRequiredService<CardOptions>(), factory.Services.GetRequiredService<CardCertificateVerifier>(),
            factory.Services.GetRequiredService<CrlStore>(), later);

        var result = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, result.Status);
        Assert.Contains("stale since", result.Description, StringComparison.Ordinal);
        Assert.Contains("fail closed", result.Description, StringComparison.Ordinal);
    }
}
