using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Apply;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>
/// Re-verifies a signed application for the department that handles it (and DX推進 administrators). Another
/// department's request is refused and audited.
/// </summary>
public sealed class SignatureModel(SignatureReview review, AuditLog audit) : PageModel
{
    public SignatureReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid applicationId, CancellationToken ct)
    {
        var (report, refusal) = await OpenAsync(applicationId, ct);
        if (report is null)
        {
            return refusal!;
        }
        Report = report;
        return Page();
    }

    /// <summary>The signature as received, for the offline verifier or another tool.</summary>
    public async Task<IActionResult> OnGetCmsAsync(Guid applicationId, CancellationToken ct) =>
        await OpenAsync(applicationId, ct) is ({ } r, _)
            ? File(r.Stored.Cms, "application/pkcs7-signature", $"{r.Application.ReceiptNumber}.p7s")
            : NotFound();

    /// <summary>The exact signed bytes.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid applicationId, CancellationToken ct) =>
        await OpenAsync(applicationId, ct) is ({ } r, _)
            ? File(System.Text.Encoding.UTF8.GetBytes(r.Stored.CanonicalJson), "application/json", $"{r.Application.ReceiptNumber}.json")
            : NotFound();

    private async Task<(SignatureReport? Report, IActionResult? Refusal)> OpenAsync(Guid applicationId, CancellationToken ct)
    {
        if (await review.ReviewAsync(applicationId, ct) is not { } report)
        {
            return (null, NotFound());
        }
        var department = User.FindFirstValue(StaffClaimsFactory.DepartmentClaim);
        if (department != report.Application.Department && !User.IsInRole(StaffRoles.Admin))
        {
            await audit.RecordAsync("application.signature.refused", "application", applicationId.ToString(), "他の課の申請", ct);
            return (null, Forbid());
        }
        await audit.RecordAsync("application.signature.read", "application", applicationId.ToString(), "電子署名の確認", ct);
        return (report, null);
    }
}
