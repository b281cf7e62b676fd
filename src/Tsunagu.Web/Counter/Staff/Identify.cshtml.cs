using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Counter.Visits;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Counter.Staff;

/// <summary>Step 1: find the resident by kana and birth date (as on their ID), or read their My Number card.</summary>
public sealed class IdentifyModel(VisitDesk desk, IResidentDirectory directory, ICardFaceReader reader) : VisitPageModel(desk)
{
    private const int MaxCardBytes = 64 * 1024;
    private readonly VisitDesk _desk = desk;

    [BindProperty(SupportsGet = true)] public string? Kana { get; set; }
    [BindProperty(SupportsGet = true)] public string? BirthDate { get; set; }
    [BindProperty] public Guid? Person { get; set; }
    [BindProperty] public IFormFile? CardFile { get; set; }
    [BindProperty] public string? Pin { get; set; }

    public IReadOnlyList<ResidentRecord>? Found { get; private set; }
    public bool CardAvailable => reader.IsAvailable;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (Kana is null && BirthDate is null)
        {
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Kana))
        {
            ModelState.AddModelError(nameof(Kana), "フリガナを入力してください。");
        }
        if (Wareki.Parse(BirthDate) is not { } birth)
        {
            ModelState.AddModelError(nameof(BirthDate), "生年月日は「昭和30年4月1日」や「1955-04-01」の形で入力してください。");
        }
        else if (ModelState.IsValid)
        {
            Found = await directory.SearchAsync(Kana!, birth, VisitDesk.IdentifyPurpose, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSelectAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (Person is not { } person)
        {
            ModelState.AddModelError(nameof(Person), "ご本人を選んでください。");
            return Page();
        }
        return await IdentifyAsync(new ResidentId(person), ct);
    }

    public async Task<IActionResult> OnPostCardAsync(CancellationToken ct)
    {
        if (await LoadVisitAsync(ct) is { } other)
        {
            return other;
        }
        if (CardFile is not { Length: > 0 and <= MaxCardBytes } || Pin is not { Length: 4 } || !Pin.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(CardFile), "カードのファイルと、4桁の暗証番号を入力してください。");
            return Page();
        }
        using var buffer = new MemoryStream();
        await CardFile.CopyToAsync(buffer, ct);
        var (face, problem) = reader.Read(buffer.ToArray(), Pin);
        if (face is null)
        {
            ModelState.AddModelError(nameof(CardFile), problem ?? "カードを読み取れませんでした。");
            return Page();
        }
        var matches = await directory.MatchBasicInfoAsync(face.Name, face.Address, face.BirthDate, face.Sex, VisitDesk.IdentifyPurpose, ct);
        if (matches.Count != 1)
        {
            ModelState.AddModelError(nameof(CardFile), "カードの券面事項と一致する住民の方が見つかりません。フリガナと生年月日で探してください。");
            return Page();
        }
        return await IdentifyAsync(matches[0].Id, ct);
    }

    private async Task<IActionResult> IdentifyAsync(ResidentId resident, CancellationToken ct)
    {
        if (await _desk.IdentifyAsync(Visit, resident, ct) is { } error)
        {
            AddError(error);
            return Page();
        }
        return Redirect(StepUrl("events"));
    }
}
