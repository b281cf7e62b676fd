using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagu.Tests.Support;
using Tsunagu.Web.MyNumberCard;
using Tsunagu.Web.MyNumberCard.Api;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.MyNumberCard;

/// <summary>A demo town with the test CA on and a clock the tests move.</summary>
public class CardFactory : TsunaguFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override int DemoPeople => 300;

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MyNumberCard:AllowTestCa", "true");
    }

    public TestCertificateAuthority Ca => Services.GetRequiredService<TestCertificateAuthority>();

    /// <summary>A current resident of the demo town and their 基本4情報 as a card would hold them.</summary>
    public Task<(Guid Id, BasicFourInfo Info)> ResidentAsync(int skip = 0) => WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<TsunaguDb>();
        var p = await db.Set<Person>().AsNoTracking().Where(p => p.Status == ResidencyStatus.Resident).OrderBy(p => p.Id).Skip(skip).FirstAsync();
        var h = await db.Set<Household>().AsNoTracking().SingleAsync(h => h.Id == p.HouseholdId);
        return (p.Id, new BasicFourInfo(p.FullName, h.Address.FullText, p.BirthDate, p.Sex == Sex.Male ? "1" : "2"));
    });

    public static async Task<byte[]> ChallengeAsync(HttpClient client)
    {
        var response = await client.PostAsync(new Uri("/api/card/challenge", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ChallengeResponse>();
        return Convert.FromBase64String(body!.Challenge);
    }

    public static string Sign(X509Certificate2 cert, byte[] data) =>
        Convert.ToBase64String(cert.GetRSAPrivateKey()!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static string Der(X509Certificate2 cert) => Convert.ToBase64String(cert.RawData);

    /// <summary>A sign-in with the 利用者証明用 certificate, and the 署名用 one too when <paramref name="link"/>.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, CardKeys card, bool link = false, byte[]? nonce = null)
    {
        nonce ??= await ChallengeAsync(client);
        var request = new CardSignInRequest(Convert.ToBase64String(nonce), Der(card.Authentication), Sign(card.Authentication, nonce),
            link ? Der(card.Signature) : null, link ? Sign(card.Signature, nonce) : null);
        return await client.PostAsJsonAsync(new Uri("/api/card/signin", UriKind.Relative), request);
    }
}
