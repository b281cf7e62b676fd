using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Payments.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.My;

/// <summary>
/// Certificates online: a resident signed in with the My Number card and linked to the registry requests a certificate for
/// themselves or their household and receives it as a PDF at once (the 地紋 and QR verification work the same on a print).
/// </summary>
public sealed class IndexModel(ICurrentResident resident, IRegistryExtracts registry, CertificateIssuer issuer, CertificatePost post, IOnlineFees fees, TsunaguDb db) : PageModel
{
    public const string Purpose = "証明書のオンライン交付";

    public bool MayRequest => resident.Assurance >= AssuranceLevel.CardLogin && resident.LinkedResidentId is not null;
    public ExtractHousehold? Household { get; private set; }
    public IReadOnlyList<ICertificateKind> Kinds => issuer.Kinds;
    public IReadOnlyList<Issuance> Recent { get; private set; } = [];

    /// <summary>Issuances whose fee is paid: only those can be downloaded.</summary>
    public HashSet<Guid> Paid { get; } = [];

    [BindProperty(SupportsGet = true)] public string? Issued { get; set; }
    [BindProperty] public string Kind { get; set; } = "juminhyo";
    [BindProperty] public string Scope { get; set; } = "self";
    [BindProperty] public bool HouseholdHead { get; set; }
    [BindProperty] public string Copies { get; set; } = "1";
    [BindProperty] public bool ByPost { get; set; }
    [BindProperty] public string RequestKey { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        RequestKey = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayRequest)
        {
            return Redirect("/account/card?returnUrl=/my/certificates");
        }
        if (!int.TryParse(Copies, out var copies) || copies is < 1 or > CertificateIssuer.MaxCopies)
        {
            ModelState.AddModelError(nameof(Copies), $"通数は1から{CertificateIssuer.MaxCopies}までの数字で入力してください。");
        }
        if (ModelState.IsValid)
        {
            var key = $"online:{resident.AccountId:N}:{(RequestKey.Length is > 0 and <= 64 ? RequestKey : Guid.NewGuid().ToString("N"))}";
            var (issued, refusal) = await issuer.IssueAsync(Kind, new ResidentId(resident.LinkedResidentId!.Value),
                new CertificateOptions(WholeHousehold: Scope == "household", HouseholdHead: HouseholdHead), copies,
                new Issuer(IssueChannel.Online, resident.AccountId.ToString(), "オンライン（ご本人）"), key, ct);
            if (issued is not null)
            {
                // The PDF is handed over once the fee is paid (/my/fees); the ledger line stands from now.
                await fees.OpenAsync(new FeeRequest(issued.Ledger.Id, $"{issued.Ledger.KindName} {issued.Ledger.Copies}通", issued.Ledger.Serial,
                    resident.AccountId, issued.Ledger.Fee), ct);
                if (ByPost)
                {
                    await post.RequestAsync(issued.Ledger, ct);
                }
                return Redirect($"/my/certificates?issued={issued.Ledger.Serial}");
            }
            ModelState.AddModelError(nameof(Kind), refusal!.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string serial, CancellationToken ct)
    {
        var account = resident.AccountId.ToString();
        var ledger = await db.Set<Issuance>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.Serial == serial && i.Channel == IssueChannel.Online && i.IssuedById == account, ct);
        if (ledger is null)
        {
            return NotFound();
        }
        return await fees.IsPaidAsync(ledger.Id, ct) ? File(await issuer.ReadPdfAsync(ledger, ct), "application/pdf", ledger.Serial + ".pdf") : Redirect("/my/fees");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!MayRequest)
        {
            return;
        }
        Household = (await registry.PersonAndHouseholdAsync(new ResidentId(resident.LinkedResidentId!.Value), Purpose, ct))?.Household;
        var account = resident.AccountId.ToString();
        Recent = await db.Set<Issuance>().AsNoTracking().Where(i => i.Channel == IssueChannel.Online && i.IssuedById == account)
            .OrderByDescending(i => i.IssuedAt).Take(20).ToListAsync(ct);
        foreach (var i in Recent)
        {
            if (await fees.IsPaidAsync(i.Id, ct))
            {
                Paid.Add(i.Id);
            }
        }
    }
}
