using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

[EnableRateLimiting(ResidentPolicies.SignInRateLimit)]
public sealed class RegisterModel(ResidentRegistration registration) : PageModel
{
    [BindProperty, Required(ErrorMessage = "メールアドレスを入力してください。"),
     StringLength(ResidentEmail.MaxLength, ErrorMessage = "メールアドレスが長すぎます。254文字以内で入力してください。")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "パスワードを入力してください。"),
     StringLength(ResidentPassword.MaxLength, ErrorMessage = "パスワードは128文字以内にしてください。")]
    public string Password { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "確認のため、パスワードをもう一度入力してください。"),
     Compare(nameof(Password), ErrorMessage = "確認用のパスワードが一致しません。")]
    public string Confirm { get; set; } = "";

    // Text, not bool: a forged value must give the Japanese message below, not the binder's English one.
    [BindProperty]
    public string? Agree { get; set; }

    public bool Agreed => Agree == "true";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var address = ResidentEmail.Normalise(Email);
        if (address is null && !HasError(nameof(Email)))
        {
            ModelState.AddModelError(nameof(Email), "メールアドレスの形式が正しくありません。kokonoe@example.jp のような形で入力してください。");
        }
        if (!HasError(nameof(Password)) && ResidentPassword.Problem(Password, address) is { } problem)
        {
            ModelState.AddModelError(nameof(Password), problem);
        }
        if (!Agreed)
        {
            ModelState.AddModelError(nameof(Agree), "登録には、利用条件と個人情報の取り扱いへの同意が必要です。内容を読んで、チェックを入れてください。");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await registration.RegisterAsync(address!, Password, ct);
        return Redirect("/account/check-mail?kind=register");
    }

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}
