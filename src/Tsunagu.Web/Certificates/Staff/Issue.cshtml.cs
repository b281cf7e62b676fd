using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Staff;

/// <summary>The counter's issue form: kind, members, options and copies for the identified resident.</summary>
public sealed class IssueModel(IRegistryExtracts registry, CertificateIssuer issuer, CounterRights rights) : PageModel
{
    public const string Purpose = "証明書の交付（窓口）";

    public ExtractPerson Person { get; private set; } = null!;
    public ExtractHousehold Household { get; private set; } = null!;
    public IReadOnlyList<ICertificateKind> Kinds => issuer.Kinds;

    [BindProperty(SupportsGet = true)] public Guid PersonId { get; set; }
    [BindProperty] public string Kind { get; set; } = "juminhyo";
    [BindProperty] public string Scope { get; set; } = "self";
    [BindProperty] public List<Guid> Members { get; set; } = [];
    [BindProperty] public bool HouseholdHead { get; set; }
    [BindProperty] public bool Honseki { get; set; }
    [BindProperty] public bool ResidentCode { get; set; }
    [BindProperty] public List<string> Items { get; set; } = [];
    [BindProperty] public string Copies { get; set; } = "1";
    [BindProperty] public string IssueKey { get; set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "person")] Guid person, CancellationToken ct)
    {
        PersonId = person;
        IssueKey = Guid.NewGuid().ToString("N");
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }
        if (!int.TryParse(Copies, out var copies) || copies is < 1 or > CertificateIssuer.MaxCopies)
        {
            ModelState.AddModelError(nameof(Copies), $"通数は1から{CertificateIssuer.MaxCopies}までの数字で入力してください。");
        }
        if (Scope == "members" && Members.Count == 0)
        {
            ModelState.AddModelError(nameof(Members), "住民票に載せる方を一人以上選んでください。");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var options = new CertificateOptions(Scope == "household", Scope == "members" ? Members : null, HouseholdHead, Honseki, ResidentCode, Items);
        var key = $"counter:{CounterRights.StaffId(User)}:{(IssueKey.Length is > 0 and <= 64 ? IssueKey : Guid.NewGuid().ToString("N"))}";
        var (issued, refusal) = await issuer.IssueAsync(Kind, new ResidentId(PersonId), options, copies,
            new Issuer(IssueChannel.Counter, CounterRights.StaffId(User), CounterRights.StaffName(User)), key, ct);
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(Kind), refusal.Message);
            return Page();
        }
        return Redirect($"/staff/certificates/issued/{issued!.Ledger.Serial}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!rights.MayIssue(User))
        {
            return Forbid();
        }
        if (await registry.PersonAndHouseholdAsync(new ResidentId(PersonId), Purpose, ct) is not { } found)
        {
            return NotFound();
        }
        (Person, Household) = found;
        return null;
    }
}
