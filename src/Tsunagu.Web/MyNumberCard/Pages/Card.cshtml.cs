using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tsunagu.Web.Platform.ResidentIdentity;

namespace Tsunagu.Web.MyNumberCard.Pages;

/// <summary>Development only: sign in with a software test card file, standing in for the smartphone JPKI app.</summary>
[EnableRateLimiting(ResidentPolicies.SignInRateLimit)]
[RequestSizeLimit(SoftwareCard.MaxFileBytes + 16 * 1024)]
public sealed class CardModel(CardEnvironment environment, CardOptions options, IWebHostEnvironment host, CardChallenges challenges, CardSignIn signIn) : PageModel
{
    [BindProperty]
    public IFormFile? CardFile { get; set; }

    [BindProperty]
    public string Pin { get; set; } = "";

    [BindProperty]
    public bool Link { get; set; } = true;

    private bool Available => options.AllowTestCa && environment.Problem is null && (host.IsDevelopment() || host.IsEnvironment("Testing"));

    public IActionResult OnGet() => Available ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Available)
        {
            return NotFound();
        }
        if (CardFile is null || CardFile.Length is 0 or > SoftwareCard.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(CardFile), "カードのファイル(.p12)を選んでください。");
            return Page();
        }
        using var buffer = new MemoryStream();
        await CardFile.CopyToAsync(buffer, ct);
        using var card = SoftwareCard.Open(buffer.ToArray(), Pin, options);
        if (card is null)
        {
            ModelState.AddModelError(nameof(Pin), new CardFileNotReadable().Message);
            return Page();
        }
        var (nonce, _) = await challenges.IssueAsync(ct);
        var result = await signIn.SignInAsync(HttpContext, SoftwareCard.SignChallenge(card, nonce, Link), ct);
        if (result.Error is { } error)
        {
            ModelState.AddModelError("", error.Message);
            return Page();
        }
        return LocalRedirect(ResidentPolicies.HomePath);
    }
}
