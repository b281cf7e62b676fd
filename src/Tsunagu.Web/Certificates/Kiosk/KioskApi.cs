using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>The authenticate body: the 利用者証明用 certificate (DER) and its signature over the challenge, both base64.</summary>
public sealed record KioskAuthenticateBody(string? Certificate, string? Signature);

/// <summary>Options of a kiosk certificate request, named as in the API documentation.</summary>
public sealed record KioskOptions(bool WholeHousehold = false, List<Guid>? Members = null, bool HouseholdHead = false, bool Honseki = false, bool ResidentCode = false);

public sealed record KioskCertificateBody(string? Kind, int? Copies, KioskOptions? Options);

/// <summary>
/// The API convenience-store terminals call (docs/kiosk-api.md). Every call needs a registered terminal's key, is allowed
/// only in opening hours, and is written to the audit log with the terminal as actor. Errors are RFC 9457 problem details.
/// </summary>
public static class KioskApi
{
    public static void MapKioskApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/kiosk/sessions").DisableAntiforgery();
        api.MapPost("", (HttpContext http, KioskTerminals terminals, KioskHours hours, KioskDesk desk, AuditLog audit, CancellationToken ct) =>
            GuardAsync(http, terminals, hours, audit, "kiosk.session", null, async terminal =>
            {
                var session = await desk.OpenAsync(terminal, ct);
                return (Results.Ok(new { sessionId = session.Id, challenge = session.Challenge, expiresAt = session.ExpiresAt }), null);
            }, ct));
        api.MapPost("/{id:guid}/authenticate", (Guid id, KioskAuthenticateBody body, HttpContext http, KioskTerminals terminals, KioskHours hours, KioskDesk desk, AuditLog audit, CancellationToken ct) =>
            GuardAsync(http, terminals, hours, audit, "kiosk.authenticate", id, async terminal =>
            {
                var (menu, problem) = await desk.AuthenticateAsync(terminal, id, body.Certificate, body.Signature, ct);
                return menu is null ? (null, problem) : (Results.Ok(new { available = menu.Available, screen = menu.Screen }), null);
            }, ct));
        api.MapPost("/{id:guid}/certificates", (Guid id, KioskCertificateBody body, HttpContext http, KioskTerminals terminals, KioskHours hours, KioskDesk desk, AuditLog audit, CancellationToken ct) =>
            GuardAsync(http, terminals, hours, audit, "kiosk.certificate", id, async terminal =>
            {
                var o = body.Options ?? new KioskOptions();
                var options = new CertificateOptions(o.WholeHousehold, o.Members, o.HouseholdHead, o.Honseki, o.ResidentCode);
                var (issued, problem) = await desk.IssueAsync(terminal, id, body.Kind, body.Copies ?? 1, options, ct);
                if (issued is null)
                {
                    return (null, problem);
                }
                http.Response.Headers["X-Certificate-Serial"] = issued.Ledger.Serial;
                http.Response.Headers["X-Certificate-Fee"] = issued.Ledger.Fee.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return (Results.File(issued.Pdf, "application/pdf", issued.Ledger.Serial + ".pdf"), null);
            }, ct));
    }

    private static async Task<IResult> GuardAsync(HttpContext http, KioskTerminals terminals, KioskHours hours, AuditLog audit, string action, Guid? session,
        Func<KioskTerminal, Task<(IResult? Ok, KioskProblem? Problem)>> act, CancellationToken ct)
    {
        var terminal = await terminals.FromHeaderAsync(http.Request.Headers.Authorization, ct);
        var subject = session?.ToString() ?? "-";
        if (terminal is null)
        {
            await audit.AppendAsync("kiosk:unknown", action + ".refused", "kiosk-session", subject, "unknown-terminal", ct);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(new KioskProblem(401, "unknown-terminal", "端末の鍵が正しくありません。"));
        }
        var actor = $"kiosk:{terminal.Id}";
        if (!hours.IsOpen())
        {
            await audit.AppendAsync(actor, action + ".refused", "kiosk-session", subject, "closed", ct);
            return Problem(new KioskProblem(503, "closed", $"コンビニ交付のご利用時間は{hours.Text}です。時間内にお越しください。"));
        }
        var (ok, problem) = await act(terminal);
        await audit.AppendAsync(actor, problem is null ? action : action + ".refused", "kiosk-session", subject, problem?.Title ?? terminal.Name, ct);
        return ok ?? Problem(problem!);
    }

    private static IResult Problem(KioskProblem p) =>
        Results.Problem(title: p.Title, detail: p.Detail, statusCode: p.Status, type: $"urn:tsunagu:kiosk:{p.Title}");
}
