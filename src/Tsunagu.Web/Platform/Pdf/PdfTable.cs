namespace Tsunagu.Web.Platform.Pdf;

/// <summary>
/// A bordered table whose cells wrap and whose rows continue on a new page when the page is full. The first column
/// is shaded as labels are on paper forms.
/// </summary>
public sealed class PdfTable(float[] columnWidths, float size = 10f)
{
    private const float Padding = 4f;
    private const float LineHeight = 1.45f;

    public bool ShadeFirstColumn { get; init; } = true;

    public float Width => columnWidths.Sum();

    /// <summary>Draws the rows from (<paramref name="x"/>, <paramref name="y"/>); returns the page and y where the table ended.</summary>
    public (PdfPage Page, float Y) Draw(PdfDocument document, PdfPage page, float x, float y, IEnumerable<IReadOnlyList<string>> rows,
        float bottom = PdfPage.Height - PdfPage.Margin)
    {
        foreach (var row in rows)
        {
            var cells = columnWidths.Select((w, i) => PdfPage.WrapText(i < row.Count ? row[i] : "", size, w - (2 * Padding))).ToList();
            var height = (cells.Max(c => c.Count) * size * LineHeight) + (2 * Padding);
            if (y + height > bottom && y > PdfPage.Margin)
            {
                page = document.AddPage();
                y = PdfPage.Margin;
            }
            var left = x;
            for (var i = 0; i < columnWidths.Length; i++)
            {
                page.Box(left, y, columnWidths[i], height, shaded: ShadeFirstColumn && i == 0);
                var lineY = y + Padding + (size * (LineHeight - 1) / 2);
                foreach (var line in cells[i])
                {
                    page.Text(left + Padding, lineY, line, size);
                    lineY += size * LineHeight;
                }
                left += columnWidths[i];
            }
            y += height;
        }
        return (page, y);
    }
}
