using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;
using Tsunagu.Web.Platform.Mail;

namespace Tsunagu.Web.Platform.ResidentIdentity.Pages;

/// <summary>The same page whether or not the address has an account: it never says which.</summary>
public sealed class CheckMailModel(MailOptions mail) : PageModel
{
    public bool IsReset { get; private set; }
    public string From { get; } = MailboxAddress.Parse(mail.From).Address;

    public void OnGet(string? kind) => IsReset = kind == "reset";
}
