using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tsunagu.Web.Certificates.Verification;

public sealed class VerifyModel(CertificateVerification verification) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Serial { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public IFormFile? Pdf { get; set; }

    public VerificationResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Serial))
        {
            ModelState.AddModelError(nameof(Serial), "証明書番号を入力してください。");
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "確認コードを入力してください。");
        }
        if (Pdf is { Length: > 10 * 1024 * 1024 })
        {
            ModelState.AddModelError(nameof(Pdf), "PDFは10MB以下にしてください。");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        byte[]? pdf = null;
        if (Pdf is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await Pdf.CopyToAsync(buffer, ct);
            pdf = buffer.ToArray();
        }
        Result = await verification.CheckAsync(Serial, Code, pdf, ct);
        return Page();
    }
}
