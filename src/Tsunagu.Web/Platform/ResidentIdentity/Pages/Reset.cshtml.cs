using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

[EnableRateLimiting(ResidentPolicies.SignInRateLimit)]
public sealed class ResetModel(ResidentPasswordReset reset) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty, Required(ErrorMessage = "新しいパスワードを入力してください。"),
     StringLength(ResidentPassword.MaxLength, ErrorMessage = "パスワードは128文字以内にしてください。")]
    public string NewPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "確認のため、新しいパスワードをもう一度入力してください。"),
     Compare(nameof(NewPassword), ErrorMessage = "確認用のパスワードが一致しません。")]
    public string Confirm { get; set; } = "";

    public bool Usable { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => Usable = await reset.IsLinkUsableAsync(Token, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.TryGetValue(nameof(NewPassword), out var entry) && entry.Errors.Count == 0
            && ResidentPassword.Problem(NewPassword, null) is { } problem)
        {
            ModelState.AddModelError(nameof(NewPassword), problem);
        }
        if (!ModelState.IsValid)
        {
            Usable = await reset.IsLinkUsableAsync(Token, ct);
            return Page();
        }
        var result = await reset.ResetAsync(Token, NewPassword, ct);
        switch (result.Error)
        {
            case null:
                await ResidentSession.SignOutAsync(HttpContext);
                return Redirect("/account/signin?reset=true");
            case PasswordNotAccepted refused:
                ModelState.AddModelError(nameof(NewPassword), refused.Message);
                return Page();
            default:
                Usable = false;
                return Page();
        }
    }
}
