using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>Finds a payer by kana and birth date (as on an ID, or as read out on the phone) to open their person view.</summary>
public sealed class PersonsModel(IResidentDirectory directory) : PageModel
{
    public const string Purpose = "保険料の収納状況の確認（納付義務者の検索）";

    [BindProperty(SupportsGet = true)] public string? Kana { get; set; }
    [BindProperty(SupportsGet = true)] public string? BirthDate { get; set; }

    public IReadOnlyList<ResidentRecord>? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PaymentStaff.MayUse(User))
        {
            return Forbid();
        }
        if (PayerSearch.WasAsked(Request))
        {
            Found = await PayerSearch.FindAsync(directory, Kana, BirthDate, ModelState, Purpose, ct);
        }
        return Page();
    }
}

/// <summary>The kana and birth-date search the billing pages share; problems go to the fields' ModelState entries.</summary>
internal static class PayerSearch
{
    /// <summary>An empty search binds both fields to null, yet it was asked and must say what is missing.</summary>
    public static bool WasAsked(HttpRequest request) => request.Query.ContainsKey("Kana") || request.Query.ContainsKey("BirthDate");

    public static async Task<IReadOnlyList<ResidentRecord>?> FindAsync(IResidentDirectory directory, string? kana, string? birthDate,
        ModelStateDictionary state, string purpose, CancellationToken ct)
    {
        var blank = string.IsNullOrWhiteSpace(kana);
        if (blank)
        {
            state.AddModelError("Kana", "フリガナを入力してください。");
        }
        var birth = Wareki.Parse(birthDate);
        if (birth is null)
        {
            state.AddModelError("BirthDate", "生年月日は「昭和30年4月1日」や「1955-04-01」の形で入力してください。");
        }
        return blank || birth is null ? null : await directory.SearchAsync(kana!, birth.Value, purpose, ct);
    }
}
