using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kiosk;

/// <summary>The kiosk simulator screens: card → PIN → menu → printed. Development only (it needs the test CA).</summary>
public sealed class SimulatorModel(KioskSimulator simulator, ITestCards cards, IResidentDirectory directory) : PageModel
{
    private const string Cookie = "tsunagu-kiosk-sim";

    public SimulatorState State { get; private set; } = new();
    public string? Message { get; private set; }

    [BindProperty] public IFormFile? CardFile { get; set; }
    [BindProperty] public string? Pin { get; set; }
    [BindProperty] public string Kind { get; set; } = "juminhyo";
    [BindProperty] public string Scope { get; set; } = "self";
    [BindProperty] public int Copies { get; set; } = 1;

    public IEnumerable<(string Id, string Name, int Fee)> Kinds =>
        State.Screen?.GetProperty("kinds").EnumerateArray().Select(k => (k.GetProperty("id").GetString()!, k.GetProperty("name").GetString()!, k.GetProperty("fee").GetInt32())) ?? [];

    public string Greeting => State.Screen?.GetProperty("greeting").GetString() ?? "";

    public IActionResult OnGet() => (IActionResult?)Available() ?? Show();

    public async Task<IActionResult> OnPostTestCardAsync(CancellationToken ct)
    {
        if (Available() is { } off)
        {
            return off;
        }
        var person = await directory.PickCurrentResidentAsync(Random.Shared.Next(), "コンビニ交付シミュレーターのテスト用カード", ct);
        var state = Load();
        state.Card = person is null ? null : await cards.IssueAsync(person.Id, "1234", ct);
        state.CardNote = person is null ? null : $"{person.FullName} さんのテスト用カード（暗証番号 1234）";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCardAsync(CancellationToken ct)
    {
        if (Available() is { } off)
        {
            return off;
        }
        if (CardFile is not { Length: > 0 and < 65536 })
        {
            Message = "カードのファイル（.p12）を選んでください。";
            return Show();
        }
        using var buffer = new MemoryStream();
        await CardFile.CopyToAsync(buffer, ct);
        var state = Load();
        (state.Card, state.CardNote) = (buffer.ToArray(), "持ち込んだテスト用カード");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPinAsync(CancellationToken ct)
    {
        var state = Load();
        if (Available() is { } off || state.Card is null)
        {
            return (IActionResult?)Available() ?? RedirectToPage();
        }
        if (Pin is not { Length: 4 } pin || !pin.All(char.IsAsciiDigit))
        {
            Message = "暗証番号は数字4けたで入力してください。";
            return Show();
        }
        Message = await simulator.ReadCardAsync(state, pin, Site(), cards, ct);
        return Message is null ? RedirectToPage() : Show();
    }

    public async Task<IActionResult> OnPostPrintAsync(CancellationToken ct)
    {
        var state = Load();
        if (Available() is { } off || state.SessionId is null)
        {
            return (IActionResult?)Available() ?? RedirectToPage();
        }
        Message = Copies is < 1 or > 10 ? "通数は1から10までです。" : await simulator.PrintAsync(state, Kind, Copies, Scope == "household", Site(), ct);
        return Message is null ? RedirectToPage() : Show();
    }

    public IActionResult OnPostReset()
    {
        simulator.Reset(Id());
        return RedirectToPage();
    }

    public IActionResult OnGetPdf() =>
        Load().Printed is { } pdf ? File(pdf, "application/pdf", (State.Serial ?? "certificate") + ".pdf") : NotFound();

    private PageResult Show()
    {
        State = Load();
        return Page();
    }

    private NotFoundObjectResult? Available() => cards.IsAvailable ? null : NotFound("コンビニ交付シミュレーターは開発環境でのみ使えます。");

    private SimulatorState Load() => State = simulator.State(Id());

    private string Id()
    {
        if (Request.Cookies[Cookie] is { Length: 32 } id)
        {
            return id;
        }
        var created = Guid.NewGuid().ToString("N");
        Response.Cookies.Append(Cookie, created, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
        return created;
    }

    private Uri Site() => new($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
}
