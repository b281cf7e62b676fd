using SkiaSharp;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Pdf;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Certificates.Kinds;

/// <summary>印鑑登録証明書: the registered impression, the 登録番号 and the holder's details; refused once abolished.</summary>
public sealed class SealCertificate(IRegistryExtracts registry) : ICertificateKind
{
    public const string Purpose = "印鑑登録証明書の交付";
    private static readonly SKColor s_vermilion = new(0xC8, 0x2A, 0x1E);

    public string Id => "inkan";
    public string Name => "印鑑登録証明書";
    public int Fee => 300;
    public bool AtKiosk => true;

    public async Task<(CertificateContent? Content, CertificateRefusal? Refusal)> PrepareAsync(CertificateRequest request, CancellationToken ct)
    {
        var (found, refusal) = await CertificateRefusals.CurrentResidentAsync(registry, request.Subject, Purpose, ct);
        if (found is not { } f)
        {
            return (null, refusal);
        }
        var seal = await registry.LatestSealAsync(request.Subject, Purpose, ct);
        if (seal is null)
        {
            return (null, CertificateRefusals.NoSeal);
        }
        if (seal.AbolishedOn is not null)
        {
            return (null, CertificateRefusals.SealAbolished);
        }
        var p = f.Person;
        var family = p.FullName.Split('　', ' ')[0];
        return (new CertificateContent("印鑑登録証明書",
            [new(null, [
                ("登録番号", seal.RegistrationNumber),
                ("氏名", p.FullName),
                ("生年月日", Wareki.Format(p.BirthDate)),
                ("性別", p.Sex),
                ("住所", f.Household.Address.FullText),
            ])],
            "この写しは、登録されている印影と相違ないことを証明します。",
            (page, y) => DrawImpression(page, y, family)), null);
    }

    /// <summary>
    /// The impression as registered. The demo registry keeps no scanned impressions, so it is drawn as a round 認印 with
    /// the family name read top to bottom; a town with scanned impressions draws the stored image here instead.
    /// </summary>
    private static void DrawImpression(PdfPage page, float y, string family)
    {
        var left = PdfPage.Margin;
        page.Text(left, y, "印影", 10.5f, PdfWeight.Bold);
        page.Box(left, y + 16, PdfPage.Mm(40), PdfPage.Mm(40));
        var centreX = left + (PdfPage.Mm(40) / 2);
        var centreY = y + 16 + (PdfPage.Mm(40) / 2);
        var radius = PdfPage.Mm(12);
        page.Circle(centreX, centreY, radius, 2.2f, s_vermilion);
        var characters = family.EnumerateRunes().Select(r => r.ToString()).ToList();
        var size = Math.Min(26f, radius * 1.6f / Math.Max(1, characters.Count));
        var top = centreY - (characters.Count * size / 2);
        foreach (var (c, i) in characters.Select((c, i) => (c, i)))
        {
            page.Text(centreX, top + (i * size), c, size, PdfWeight.Bold, PdfAlign.Center, s_vermilion);
        }
    }
}
