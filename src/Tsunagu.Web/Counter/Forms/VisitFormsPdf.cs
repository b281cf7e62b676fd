using System.Globalization;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Pdf;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.Counter.Forms;

/// <summary>
/// All the visit's forms in one PDF, a form to a page (more when long): each field with its value, the family from the
/// registry, and one box for the resident's signature. The resident checks and signs; they write nothing else.
/// </summary>
public static class VisitFormsPdf
{
    private static readonly float[] s_columns = [PdfPage.Mm(62), PdfPage.Mm(108)];
    private static readonly float[] s_familyColumns = [PdfPage.Mm(50), PdfPage.Mm(50), PdfPage.Mm(40), PdfPage.Mm(30)];

    public static byte[] Render(VisitPlan plan, DateTimeOffset created)
    {
        var document = new PdfDocument("申請書（書かない窓口）", $"受付番号 {plan.Visit.Number.ToString(CultureInfo.InvariantCulture)}");
        foreach (var form in plan.Forms)
        {
            var page = document.AddPage();
            var left = PdfPage.Margin;
            page.Text(PdfPage.Width / 2, PdfPage.Mm(16), form.Procedure.Name, 16, PdfWeight.Bold, PdfAlign.Center);
            var department = Departments.Find(form.Procedure.Department)?.Name ?? form.Procedure.Department;
            page.Text(left, PdfPage.Mm(26), $"九重町長 様　　担当：{department}　　受付番号 {plan.Visit.Number}　　{Wareki.Format(plan.Visit.Day)}", 9.5f);
            var rows = form.Lines.Select(l => (IReadOnlyList<string>)[l.Label, Shown(l.Value)]);
            var (p, y) = new PdfTable(s_columns, 9.5f).Draw(document, page, left, PdfPage.Mm(32), rows);
            var family = plan.Household.Members.Select(m => (IReadOnlyList<string>)[m.FullName, m.FullNameKana, Wareki.Format(m.BirthDate), m.Relationship]);
            (p, y) = Heading(document, p, y + 10, "世帯の方（住民基本台帳）");
            (p, y) = new PdfTable(s_familyColumns, 9.5f) { ShadeFirstColumn = false }.Draw(document, p, left, y, family);
            Signature(document, p, y + 12, left);
        }
        return document.ToPdf(created);
    }

    private static (PdfPage, float) Heading(PdfDocument document, PdfPage page, float y, string text)
    {
        if (y > PdfPage.Height - PdfPage.Margin - 60)
        {
            page = document.AddPage();
            y = PdfPage.Margin;
        }
        page.Text(PdfPage.Margin, y, text, 10.5f, PdfWeight.Bold);
        return (page, y + 18);
    }

    private static void Signature(PdfDocument document, PdfPage page, float y, float left)
    {
        const float height = 62f;
        if (y + height > PdfPage.Height - PdfPage.Margin)
        {
            page = document.AddPage();
            y = PdfPage.Margin;
        }
        page.Paragraph(left, y, PdfPage.Mm(170), "上記の内容を確かめ、相違ないことを申し出ます。", 9.5f);
        page.Box(left, y + 18, PdfPage.Mm(170), height - 18, stroke: 1.2f);
        page.Text(left + 6, y + 24, "ご署名", 9.5f);
    }

    // Dates are kept as ISO and printed in 和暦, as residents read them.
    private static string Shown(string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Wareki.Format(d) : value;
}
