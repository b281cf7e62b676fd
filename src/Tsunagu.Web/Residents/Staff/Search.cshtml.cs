using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Residents.Staff;

public sealed class SearchModel(IResidentDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true), StringLength(60, ErrorMessage = "フリガナは60文字以内で入力してください。")]
    public string? Kana { get; set; }

    [BindProperty(SupportsGet = true), StringLength(30, ErrorMessage = "生年月日は30文字以内で入力してください。")]
    public string? BirthDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; }

    public IReadOnlyList<ResidentRecord>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Kana is null && BirthDate is null && Purpose is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(Kana))
        {
            ModelState.AddModelError(nameof(Kana), "フリガナを入力してください。");
        }
        else if (!Platform.Japanese.Kana.IsKatakana(Platform.Japanese.Kana.FoldForSearch(Kana)))
        {
            ModelState.AddModelError(nameof(Kana), "フリガナは、カタカナまたはひらがなで入力してください。");
        }
        var birth = Wareki.Parse(BirthDate);
        if (birth is null)
        {
            ModelState.AddModelError(nameof(BirthDate), string.IsNullOrWhiteSpace(BirthDate)
                ? "生年月日を入力してください。" : "生年月日の形が正しくありません。例のように入力してください。");
        }
        if (Purpose is null || !AccessPurposes.All.Contains(Purpose))
        {
            ModelState.AddModelError(nameof(Purpose), "閲覧の目的を選んでください。");
        }
        if (!ModelState.IsValid)
        {
            return;
        }
        Results = await directory.SearchAsync(Kana!, birth!.Value, Purpose!, ct);
    }
}
