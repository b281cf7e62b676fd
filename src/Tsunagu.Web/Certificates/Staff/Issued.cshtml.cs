using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Certificates.Staff;

/// <summary>The issued certificate at the counter: print it (PDF) and take the fee.</summary>
public sealed class IssuedModel(TsunaguDb db, CertificateIssuer issuer, CounterRights rights, AuditLog audit) : PageModel
{
    public Issuance Ledger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string serial, CancellationToken ct) => await FindAsync(serial, ct) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(string serial, CancellationToken ct)
    {
        if (await FindAsync(serial, ct) is { } refused)
        {
            return refused;
        }
        await audit.RecordAsync("certificate.print", "resident", Ledger.SubjectResidentId.ToString(), $"{Ledger.KindName} {Ledger.Serial} の印刷", ct);
        return File(await issuer.ReadPdfAsync(Ledger, ct), "application/pdf", Ledger.Serial + ".pdf");
    }

    private async Task<IActionResult?> FindAsync(string serial, CancellationToken ct)
    {
        if (!rights.MayIssue(User))
        {
            return Forbid();
        }
        var ledger = await db.Set<Issuance>().AsNoTracking().FirstOrDefaultAsync(i => i.Serial == serial && i.Channel == IssueChannel.Counter, ct);
        if (ledger is null)
        {
            return NotFound();
        }
        Ledger = ledger;
        return null;
    }
}
