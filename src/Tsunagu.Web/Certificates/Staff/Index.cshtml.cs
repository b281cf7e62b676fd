using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Staff;

/// <summary>The counter: find the resident who asks (kana and birth date, as on their ID), then issue.</summary>
public sealed class IndexModel(IResidentDirectory directory, CounterRights rights) : PageModel
{
    public const string SearchPurpose = "証明書の交付（窓口での本人確認）";

    [BindProperty(SupportsGet = true)] public string? Kana { get; set; }
    [BindProperty(SupportsGet = true)] public string? BirthDate { get; set; }

    public IReadOnlyList<ResidentRecord>? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.MayIssue(User))
        {
            return Forbid();
        }
        if (Kana is null && BirthDate is null)
        {
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Kana))
        {
            ModelState.AddModelError(nameof(Kana), "フリガナを入力してください。");
        }
        var birth = Wareki.Parse(BirthDate);
        if (birth is null)
        {
            ModelState.AddModelError(nameof(BirthDate), "生年月日は「昭和30年4月1日」や「1955-04-01」の形で入力してください。");
        }
        if (ModelState.IsValid)
        {
            Found = await directory.SearchAsync(Kana!, birth!.Value, SearchPurpose, ct);
        }
        return Page();
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
