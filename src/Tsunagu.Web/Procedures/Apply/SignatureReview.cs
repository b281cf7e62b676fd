using System.Text;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// What staff see when they check an application's e-signature again: the signer recorded on receipt, the signature
/// re-verified from the stored bytes as of the signing time, the certificate's standing today, and whether the stored
/// application still serialises to exactly the signed bytes.
/// </summary>
public sealed record SignatureReport(
    Application Application,
    ApplicationSignature Stored,
    SignatureCheck AtSigning,
    SignatureCheck Today,
    bool ApplicationUnchanged);

public sealed class SignatureReview(TsunaguDb db, ProcedureCatalogue catalogue, ISignatureVerifier verifier)
{
    /// <summary>The report, or null when there is no signed application with this id. The caller audits the look.</summary>
    public async Task<SignatureReport?> ReviewAsync(Guid applicationId, CancellationToken ct)
    {
        var stored = await db.Set<ApplicationSignature>().AsNoTracking().SingleOrDefaultAsync(s => s.ApplicationId == applicationId, ct);
        var application = await db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (stored is null || application is null)
        {
            return null;
        }
        var content = Encoding.UTF8.GetBytes(stored.CanonicalJson);
        var at = stored.SignedAt is { } signed && signed <= stored.VerifiedAt ? signed : stored.VerifiedAt;
        var procedure = await catalogue.FindVersionAsync(application.ProcedureId, application.ProcedureVersion, ct);
        var unchanged = procedure is not null
            && CanonicalApplication.Serialize(procedure, application.DraftId, FormAnswers.FromJson(application.AnswersJson)).AsSpan().SequenceEqual(content);
        return new SignatureReport(application, stored,
            verifier.Verify(content, stored.Cms, new DateTimeOffset(at, TimeSpan.Zero)), verifier.Verify(content, stored.Cms), unchanged);
    }
}
