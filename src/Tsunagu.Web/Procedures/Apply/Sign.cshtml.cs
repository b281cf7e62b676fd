using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>The signing step of a <c>card-signature</c> procedure, between the review and the receipt.</summary>
[RequestSizeLimit(1_000_000)]
public sealed class SignModel(ApplicationJourney journey, ApplicationSigning signing, ICurrentResident resident) : PageModel
{
    private const int MaxFileBytes = 64 * 1024;

    public Guid DraftId { get; private set; }
    public ProcedureDefinition Procedure { get; private set; } = null!;
    public string Fingerprint { get; private set; } = "";
    public bool SoftwareCard => signing.SoftwareCardAvailable;
    public string? NeedsSignIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken ct) =>
        await LoadAsync(draftId, ct) is { } result ? result : Page();

    /// <summary>The exact bytes to sign, for the JPKI app or for anyone who wants to check them.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid draftId, CancellationToken ct)
    {
        var opened = await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct);
        return opened is { } o && o.Procedure.Assurance == Vocabulary.CardSignature
            ? File(ApplicationSigning.SignedBytes(o.Draft, o.Procedure), "application/json", $"application-{draftId}.json")
            : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, IFormFile? card, string? pin, IFormFile? signatureFile, CancellationToken ct)
    {
        if (await LoadAsync(draftId, ct) is { } early)
        {
            return early;
        }
        if (NeedsSignIn is not null)
        {
            return Page();
        }
        var draft = (await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct))!.Value.Draft;
        SigningOutcome outcome;
        if (signatureFile is not null)
        {
            outcome = signatureFile.Length is > 0 and <= MaxFileBytes
                ? await signing.SubmitSignatureFileAsync(draft, Procedure, await ReadAsync(signatureFile, ct), ct)
                : new SigningOutcome(null, "署名ファイルを選んでください(64KBまで)。");
            return Finish(outcome, "signatureFile");
        }
        if (!SoftwareCard)
        {
            return Finish(new SigningOutcome(null, "署名ファイルを選んでください。"), "signatureFile");
        }
        outcome = card is null || card.Length is 0 or > MaxFileBytes ? new SigningOutcome(null, "カードのファイルを選んでください。")
            : string.IsNullOrWhiteSpace(pin) ? new SigningOutcome(null, "署名用のパスワードを入力してください。")
            : await signing.SignWithSoftwareCardAsync(draft, Procedure, await ReadAsync(card, ct), pin.Trim(), ct);
        return Finish(outcome, card is null ? "card" : "pin");
    }

    private IActionResult Finish(SigningOutcome outcome, string field)
    {
        if (outcome.Application is not null)
        {
            return Redirect($"/apply/{DraftId}/done");
        }
        ModelState.AddModelError(field, outcome.Problem!);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid draftId, CancellationToken ct)
    {
        if (await journey.OpenAsync(draftId, DraftOwner.Of(HttpContext, false), ct) is not { } o || o.Procedure.Assurance != Vocabulary.CardSignature)
        {
            return NotFound();
        }
        if (o.Draft.SubmittedApplicationId is not null)
        {
            return Redirect($"/apply/{draftId}/done");
        }
        (DraftId, Procedure) = (draftId, o.Procedure);
        Fingerprint = ApplicationSigning.Fingerprint(ApplicationSigning.SignedBytes(o.Draft, o.Procedure));
        NeedsSignIn = AssuranceGate.Missing(o.Procedure.Assurance, resident);
        return null;
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
