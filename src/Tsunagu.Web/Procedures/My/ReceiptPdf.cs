using System.Globalization;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Pdf;
using Tsunagu.Web.Platform.Time;
using Tsunagu.Web.Procedures.Apply;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.My;

/// <summary>受付票: what the resident keeps as proof that the town received an application, and brings to the counter.</summary>
public static class ReceiptPdf
{
    private const float Left = PdfPage.Margin;
    private const float Right = PdfPage.Width - PdfPage.Margin;
    private const float QrSize = 96f;

    public static byte[] Build(Apply.Application application, ProcedureDefinition procedure)
    {
        var document = new PdfDocument($"受付票 {application.ReceiptNumber}", procedure.Name);
        var page = document.AddPage();
        var submitted = JapanTime.ToJapan(application.SubmittedAt);

        page.Text(Left, Left, PdfDocument.Author, 11);
        page.Text(PdfPage.Width / 2, Left + 24, "受付票", 24, PdfWeight.Bold, PdfAlign.Center);
        page.Line(Left, Left + 62, Right, Left + 62, 1f);

        // The QR code carries only the receipt number, so staff can look the application up with a scanner.
        page.QrCode(Right - QrSize, Left + 74, QrSize, application.ReceiptNumber);
        var facts = new PdfTable([100f, Right - Left - QrSize - 112f], 10.5f);
        var (_, y) = facts.Draw(document, page, Left, Left + 78,
        [
            ["手続き", procedure.Name],
            ["受付番号", application.ReceiptNumber],
            ["受付日時", Wareki.Format(DateOnly.FromDateTime(submitted.DateTime)) + submitted.ToString(" H時mm分", CultureInfo.InvariantCulture)],
            ["状況", application.Status],
        ]);
        y = Math.Max(y, Left + 74 + QrSize) + 12;
        y = page.Paragraph(Left, y, Right - Left,
            "上記のとおり申請を受け付けました。お問い合わせの際は受付番号をお知らせください。", 10);

        var answers = FormAnswers.FromJson(application.AnswersJson);
        var table = new PdfTable([160f, Right - Left - 160f], 9.5f);
        foreach (var formPage in procedure.Form?.Pages ?? [])
        {
            y += 14;
            if (y > PdfPage.Height - PdfPage.Margin - 40)
            {
                page = document.AddPage();
                y = PdfPage.Margin;
            }
            page.Text(Left, y, formPage.Title, 11, PdfWeight.Bold);
            var rows = AnswerSummary.Rows(formPage, answers).Select(r => (IReadOnlyList<string>)[r.Label, r.Value]);
            (page, y) = table.Draw(document, page, Left, y + 18, rows);
        }

        foreach (var (p, i) in document.Pages.Select((p, i) => (p, i)))
        {
            p.Text(Left, PdfPage.Height - 40, "九重町役場", 8.5f);
            p.Text(Right, PdfPage.Height - 40, $"{i + 1} / {document.Pages.Count}", 8.5f, align: PdfAlign.Right);
        }
        return document.ToPdf(application.SubmittedAt);
    }
}
