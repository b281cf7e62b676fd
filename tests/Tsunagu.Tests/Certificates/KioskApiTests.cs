using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Certificates;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Tests.Certificates;

public sealed class KioskApiTests(KioskFactory factory) : IClassFixture<KioskFactory>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Terminal_SessionAuthenticateCertificate_ReturnsThePdfWithItsSerial_AndTheLedgerRecordsTheFee()
    {
        var terminal = await factory.TerminalAsync();
        using var card = await factory.CardAsync(3);
        var (session, challenge) = await KioskFactory.OpenAsync(terminal);

        var auth = await KioskFactory.AuthenticateAsync(terminal, session, card, challenge);
        Assert.Equal(HttpStatusCode.OK, auth.StatusCode);
        var menu = await auth.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("juminhyo,inkan", string.Join(",", menu.GetProperty("available").EnumerateArray().Select(e => e.GetString())));
        Assert.EndsWith("様", menu.GetProperty("screen").GetProperty("greeting").GetString(), StringComparison.Ordinal);

        var pdf = await KioskFactory.CertificateAsync(terminal, session, "juminhyo", copies: 2, new { wholeHousehold = true });
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var serial = pdf.Headers.GetValues("X-Certificate-Serial").Single();
        Assert.Contains(serial, PdfTools.Text(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var again = await KioskFactory.CertificateAsync(terminal, session, "juminhyo", copies: 2, new { wholeHousehold = true });
        Assert.Equal(serial, again.Headers.GetValues("X-Certificate-Serial").Single());

        var ledger = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Issuance>().AsNoTracking().SingleAsync(i => i.Serial == serial));
        Assert.Equal(IssueChannel.Kiosk, ledger.Channel);
        Assert.Equal(600, ledger.Fee);
        Assert.Equal("テスト店 1号機", ledger.IssuedByName);
        var audited = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>().Where(a => a.SubjectId == session.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("kiosk.authenticate", audited);
        Assert.Contains("kiosk.certificate", audited);
    }

    [Fact]
    public async Task UnknownKey_IsRefusedWith401AndAudited()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "tk_not-a-key");

        var problem = await ProblemAsync(await client.PostAsync(new Uri("/api/kiosk/sessions", UriKind.Relative), null), HttpStatusCode.Unauthorized);

        Assert.Equal("unknown-terminal", problem.GetProperty("title").GetString());
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>().AnyAsync(a => a.Action == "kiosk.session.refused")));
    }

    [Fact]
    public async Task ReplayedChallenge_WrongCardSignature_AndCertificateBeforeAuthentication_AreRefused()
    {
        var terminal = await factory.TerminalAsync();
        using var card = await factory.CardAsync(4);
        using var other = await factory.CardAsync(5);
        var (session, challenge) = await KioskFactory.OpenAsync(terminal);

        var early = await ProblemAsync(await KioskFactory.CertificateAsync(terminal, session, "juminhyo"), HttpStatusCode.Conflict);
        Assert.Equal("not-authenticated", early.GetProperty("title").GetString());
        // The other card's signature over this challenge does not match the certificate sent.
        var forged = await terminal.PostAsJsonAsync($"/api/kiosk/sessions/{session}/authenticate",
            new { certificate = CardFactoryDer(card), signature = CardFactorySign(other, challenge) });
        Assert.Equal("bad-signature", (await ProblemAsync(forged, HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        var replay = await KioskFactory.AuthenticateAsync(terminal, session, card, challenge);
        Assert.Equal("challenge-used", (await ProblemAsync(replay, HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task RevokedCard_ExpiredSession_AndOutsideHours_AreRefused()
    {
        var terminal = await factory.TerminalAsync();
        using var card = await factory.CardAsync(6);
        factory.Ca.Revoke(Web.MyNumberCard.CrlStore.Normalise(card.Authentication.SerialNumber));
        var (session, challenge) = await KioskFactory.OpenAsync(terminal);
        var revoked = await KioskFactory.AuthenticateAsync(terminal, session, card, challenge);
        Assert.Equal("revoked", (await ProblemAsync(revoked, HttpStatusCode.Forbidden)).GetProperty("title").GetString());

        var (late, _) = await KioskFactory.OpenAsync(terminal);
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("session-expired", (await ProblemAsync(await KioskFactory.CertificateAsync(terminal, late, "juminhyo"), HttpStatusCode.Gone)).GetProperty("title").GetString());

        factory.Clock.Advance(TimeSpan.FromHours(14)); // 10:06 → 00:06 Japan time
        var closed = await ProblemAsync(await terminal.PostAsync(new Uri("/api/kiosk/sessions", UriKind.Relative), null), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("6:30〜23:00", closed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromHours(10)); // back inside the hours for the other tests
    }

    [Fact]
    public async Task KioskTerminalAdd_PrintsAKeyOnce_ThatOpensASession()
    {
        var output = new StringWriter();
        var exit = await factory.WithScopeAsync(sp => sp.GetServices<Web.Platform.Cli.IAdminCommand>().Single(c => c.Name == "kiosk-terminal add")
            .RunAsync(Web.Platform.Cli.CommandOptions.Parse(["--name", "CLI店 1号機"]), output, default));

        Assert.Equal(0, exit);
        var key = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"tk_[A-Za-z0-9_-]{43}").Value;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/kiosk/sessions", UriKind.Relative), null)).StatusCode);
    }

    private static string CardFactoryDer(Web.MyNumberCard.CardKeys card) => Tsunagu.Tests.MyNumberCard.CardFactory.Der(card.Authentication);

    private static string CardFactorySign(Web.MyNumberCard.CardKeys card, byte[] data) => Tsunagu.Tests.MyNumberCard.CardFactory.Sign(card.Authentication, data);
}
