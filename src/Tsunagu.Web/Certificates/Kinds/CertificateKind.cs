using Tsunagu.Web.Platform.Pdf;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kinds;

/// <summary>
/// What the requester asked to be shown. Which options apply depends on the kind; the 個人番号 is never printed, because
/// the platform never holds it (the core system prints it at the counter when the law allows).
/// </summary>
public sealed record CertificateOptions(
    bool WholeHousehold = false,
    IReadOnlyList<Guid>? Members = null,
    bool HouseholdHead = false,
    bool Honseki = false,
    bool ResidentCode = false,
    IReadOnlyList<string>? Items = null);

/// <summary>One certificate to issue: for whom, as what, with which options.</summary>
public sealed record CertificateRequest(ResidentId Subject, CertificateOptions Options, string Purpose);

/// <summary>The certificate's content, read from the registry and ready to lay out. Lines are label/value pairs.</summary>
public sealed record CertificateContent(string Title, IReadOnlyList<CertificateBlock> Blocks, string Attestation, Action<PdfPage, float>? Extra = null);

/// <summary>One box of the certificate: a heading and its rows.</summary>
public sealed record CertificateBlock(string? Heading, IReadOnlyList<(string Label, string Value)> Rows);

/// <summary>Why a certificate cannot be issued, in words for the resident and the counter.</summary>
public sealed record CertificateRefusal(string Code, string Message);

/// <summary>
/// A kind of certificate. Adding one (所得・課税証明書, say) is one class that reads its data and builds its content;
/// the frame (ground pattern, serial, QR, attestation, fee, ledger) is shared.
/// </summary>
public interface ICertificateKind
{
    /// <summary>Stable id used in URLs, the kiosk API and the ledger, e.g. <c>juminhyo</c>.</summary>
    string Id { get; }

    string Name { get; }

    /// <summary>Fee in yen per copy.</summary>
    int Fee { get; }

    /// <summary>Whether convenience-store terminals may print it.</summary>
    bool AtKiosk { get; }

    Task<(CertificateContent? Content, CertificateRefusal? Refusal)> PrepareAsync(CertificateRequest request, CancellationToken ct);
}
