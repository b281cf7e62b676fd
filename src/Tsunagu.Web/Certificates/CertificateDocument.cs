using SkiaSharp;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Pdf;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Certificates;

/// <summary>What the frame prints around any certificate's content.</summary>
public sealed record CertificateStamp(string Serial, string VerificationCode, DateTime IssuedAtUtc, string ChannelName, string VerifyUrl, int Copies);

/// <summary>
/// The shared frame of every certificate: A4, the 地紋 with the latent word 複写, title, the content's tables, the
/// attestation with date and issuer, and at the foot the serial, verification code and a QR code to the public
/// verification page. One page per copy.
/// </summary>
public static class CertificateDocument
{
    private static readonly SKColor s_sealRed = new(0xC8, 0x2A, 0x1E);
    private static readonly float[] s_columns = [PdfPage.Mm(42), PdfPage.Width - (2 * PdfPage.Margin) - PdfPage.Mm(42)];

    public static byte[] Render(CertificateContent content, CertificateStamp stamp)
    {
        var document = new PdfDocument(content.Title, $"証明書番号 {stamp.Serial}");
        var issued = JapanTime.ToJapan(stamp.IssuedAtUtc);
        for (var copy = 1; copy <= stamp.Copies; copy++)
        {
            var page = document.AddPage();
            PdfGroundPattern.Fill(page, SKRect.Create(PdfPage.Margin - 14, PdfPage.Margin - 14, PdfPage.Width - (2 * PdfPage.Margin) + 28, PdfPage.Height - (2 * PdfPage.Margin) + 28), "複写");
            page.Text(PdfPage.Width / 2, PdfPage.Margin, content.Title, 18, PdfWeight.Bold, PdfAlign.Center);
            var right = PdfPage.Width - PdfPage.Margin;
            page.Text(right, PdfPage.Margin + 30, $"証明書番号 {stamp.Serial}", 9, align: PdfAlign.Right);
            page.Text(right, PdfPage.Margin + 43, $"発行 {Wareki.Format(DateOnly.FromDateTime(issued.DateTime))} {issued:HH:mm}　{stamp.ChannelName}", 9, align: PdfAlign.Right);
            var y = PdfPage.Margin + 62;
            foreach (var block in content.Blocks)
            {
                if (block.Heading is { } heading)
                {
                    page.Text(PdfPage.Margin, y + 4, heading, 9.5f, PdfWeight.Bold);
                    y += 18;
                }
                (page, y) = new PdfTable(s_columns, 10).Draw(document, page, PdfPage.Margin, y, block.Rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Value]), PdfPage.Height - PdfPage.Mm(75));
                y += 8;
            }
            content.Extra?.Invoke(page, y + 6);
            Foot(page, content, stamp, issued, copy);
        }
        return document.ToPdf(stamp.IssuedAtUtc);
    }

    private static void Foot(PdfPage page, CertificateContent content, CertificateStamp stamp, DateTimeOffset issued, int copy)
    {
        var top = PdfPage.Height - PdfPage.Mm(72);
        page.Paragraph(PdfPage.Margin, top, PdfPage.Mm(120), content.Attestation, 10.5f);
        page.Text(PdfPage.Margin, top + 22, Wareki.Format(DateOnly.FromDateTime(issued.DateTime)), 10.5f);
        page.Text(PdfPage.Margin + PdfPage.Mm(60), top + 40, "大分県玖珠郡九重町長", 12, PdfWeight.Bold);
        // The 公印 as printed on issued certificates (a printed image of the seal, as 公印の印刷 allows).
        var seal = PdfPage.Mm(18);
        var sealX = PdfPage.Margin + PdfPage.Mm(112);
        page.Draw(canvas =>
        {
            using var paint = new SKPaint { Color = s_sealRed, Style = SKPaintStyle.Stroke, StrokeWidth = 1.6f, IsAntialias = true };
            canvas.DrawRect(SKRect.Create(sealX, top + 26, seal, seal), paint);
        });
        page.Text(sealX + (seal / 2), top + 30, "九重町", 11, PdfWeight.Bold, PdfAlign.Center, s_sealRed);
        page.Text(sealX + (seal / 2), top + 44, "長之印", 11, PdfWeight.Bold, PdfAlign.Center, s_sealRed);
        var qr = PdfPage.Mm(24);
        var footY = PdfPage.Height - PdfPage.Margin - qr + 10;
        // A white quiet zone under the code: scanners need it clear of the ground pattern's dots.
        page.Draw(canvas =>
        {
            using var white = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(SKRect.Create(PdfPage.Width - PdfPage.Margin - qr, footY, qr, qr), white);
        });
        page.QrCode(PdfPage.Width - PdfPage.Margin - qr, footY, qr, stamp.VerifyUrl);
        page.Text(PdfPage.Margin, footY + 8, $"証明書番号 {stamp.Serial}　確認コード {stamp.VerificationCode}", 9.5f, PdfWeight.Bold);
        page.Paragraph(PdfPage.Margin, footY + 24, PdfPage.Mm(125),
            $"この証明書が本物かどうかは、右のQRコードまたは {stamp.VerifyUrl.Split('?')[0]} で、証明書番号と確認コードを入れて確かめられます。コピーすると「複写」の文字が浮き出ます。", 8);
        page.Text(PdfPage.Width / 2, PdfPage.Height - PdfPage.Margin + 16, $"{copy}通目／全{stamp.Copies}通", 8, align: PdfAlign.Center);
    }
}
