using Tsunagu.Web.Platform.Pdf;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>
/// The paper form the platform prints for a template: one row per field, the label on the left and a box to write in on
/// the right. OCR reads each field inside its box, so the regions come from this same layout.
/// </summary>
public static class PaperFormLayout
{
    public const int MaxRows = 13;
    private const float FirstRowTop = 46f;
    private const float RowHeight = 17f;
    private const float LabelLeft = 20f;
    private const float ValueLeft = 75f;
    private const float ValueWidth = 115f;
    private const float ValueSize = 14f;

    /// <summary>The box of the <paramref name="row"/>-th field, in millimetres.</summary>
    public static Region ValueRegion(int row) => new(ValueLeft, FirstRowTop + (row * RowHeight), ValueWidth, RowHeight);

    /// <summary>
    /// The form as a PDF: blank for residents to fill in, or filled with <paramref name="values"/> (the synthetic scans
    /// that measure OCR accuracy are made this way from demo residents).
    /// </summary>
    public static byte[] Render(PaperFormTemplate template, IReadOnlyDictionary<string, string>? values = null)
    {
        var document = new PdfDocument(template.ProcedureName, "紙の申請書");
        var page = document.AddPage();
        page.Text(PdfPage.Width / 2, PdfPage.Mm(16), template.ProcedureName, 18, PdfWeight.Bold, PdfAlign.Center);
        page.Paragraph(PdfPage.Mm(LabelLeft), PdfPage.Mm(28), PdfPage.Mm(170),
            "太わくの中を、黒のボールペンではっきりと書いてください。日付は「昭和30年4月1日」のように書いてください。", 9.5f);
        foreach (var field in template.Fields)
        {
            var r = field.Region;
            page.Box(PdfPage.Mm(LabelLeft), PdfPage.Mm(r.Y), PdfPage.Mm(ValueLeft - LabelLeft), PdfPage.Mm(r.Height), shaded: true);
            foreach (var (line, i) in PdfPage.WrapText(field.Label, 9.5f, PdfPage.Mm(ValueLeft - LabelLeft - 4)).Take(2).Select((l, i) => (l, i)))
            {
                page.Text(PdfPage.Mm(LabelLeft + 2), PdfPage.Mm(r.Y + 3) + (i * 13), line, 9.5f);
            }
            page.Box(PdfPage.Mm(r.X), PdfPage.Mm(r.Y), PdfPage.Mm(r.Width), PdfPage.Mm(r.Height), stroke: 1.2f);
            if (values?.GetValueOrDefault(field.FieldId) is { Length: > 0 } value)
            {
                page.Text(PdfPage.Mm(r.X + 4), PdfPage.Mm(r.Y + (r.Height / 2)) - (ValueSize / 2), PaperFieldKinds.AsWritten(field, value), ValueSize);
            }
        }
        page.Text(PdfPage.Mm(LabelLeft), PdfPage.Mm(282), $"九重町役場　{template.ProcedureId}", 8);
        return document.ToPdf(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
