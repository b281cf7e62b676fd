using QRCoder;
using SkiaSharp;

namespace Tsunagu.Web.Platform.Pdf;

public enum PdfAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// One A4 page. Positions are in points (1/72 inch) from the top-left corner; <c>y</c> of text is the top of its line.
/// </summary>
public sealed class PdfPage
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;

    /// <summary>20 mm, inside what office printers can reach.</summary>
    public const float Margin = 56.7f;

    private static readonly SKColor s_shade = new(0xEE, 0xEE, 0xEE);
    private readonly PdfDocument _document;
    private readonly List<Action<SKCanvas, PdfRenderFonts>> _drawing = [];

    internal PdfPage(PdfDocument document) => _document = document;

    public static float Mm(float millimetres) => millimetres * 72f / 25.4f;

    public static float MeasureText(string text, float size, PdfWeight weight = PdfWeight.Regular) =>
        PdfFontFile.Of(weight).Measure(text, size);

    public void Text(float x, float y, string text, float size = 10.5f, PdfWeight weight = PdfWeight.Regular, PdfAlign align = PdfAlign.Left, SKColor? color = null)
    {
        _document.Uses(text, weight);
        var left = align switch
        {
            PdfAlign.Center => x - (MeasureText(text, size, weight) / 2),
            PdfAlign.Right => x - MeasureText(text, size, weight),
            _ => x,
        };
        // The baseline sits at 88% of the size below the top, Noto Sans JP's ascent for CJK glyphs.
        _drawing.Add((canvas, fonts) =>
        {
            using var paint = new SKPaint { Color = color ?? SKColors.Black, IsAntialias = true };
            fonts.DrawText(canvas, text, left, y + (size * 0.88f), size, weight, paint);
        });
    }

    /// <summary>Wrapped text; returns the y just below the last line.</summary>
    public float Paragraph(float x, float y, float width, string text, float size = 10.5f, float lineHeight = 1.6f, PdfWeight weight = PdfWeight.Regular)
    {
        foreach (var line in WrapText(text, size, width, weight))
        {
            Text(x, y, line, size, weight);
            y += size * lineHeight;
        }
        return y;
    }

    public static IReadOnlyList<string> WrapText(string text, float size, float width, PdfWeight weight = PdfWeight.Regular) =>
        PdfFontFile.Of(weight).Wrap(text, size, width);

    public void Line(float x1, float y1, float x2, float y2, float width = 0.5f) =>
        _drawing.Add((canvas, _) =>
        {
            using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = width, Style = SKPaintStyle.Stroke, IsAntialias = true };
            canvas.DrawLine(x1, y1, x2, y2, paint);
        });

    /// <summary>A rectangle with a thin border, optionally shaded light grey (label cells, headings).</summary>
    public void Box(float x, float y, float width, float height, bool shaded = false, float stroke = 0.5f) =>
        _drawing.Add((canvas, _) =>
        {
            var rect = SKRect.Create(x, y, width, height);
            if (shaded)
            {
                using var fill = new SKPaint { Color = s_shade, Style = SKPaintStyle.Fill };
                canvas.DrawRect(rect, fill);
            }
            if (stroke > 0)
            {
                using var border = new SKPaint { Color = SKColors.Black, StrokeWidth = stroke, Style = SKPaintStyle.Stroke };
                canvas.DrawRect(rect, border);
            }
        });

    /// <summary>
    /// A QR code drawn as vector squares from QRCoder's module matrix, so it stays sharp at any print resolution.
    /// <paramref name="size"/> includes the 4-module quiet zone scanners need.
    /// </summary>
    public void QrCode(float x, float y, float size, string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var modules = matrix.Count;
        var cell = size / modules;
        _drawing.Add((canvas, _) =>
        {
            using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
            for (var row = 0; row < modules; row++)
            {
                // One rectangle per run of dark modules keeps the page content short.
                var column = 0;
                while (column < modules)
                {
                    var start = column;
                    while (column < modules && matrix[row][column])
                    {
                        column++;
                    }
                    if (column > start)
                    {
                        canvas.DrawRect(SKRect.Create(x + (start * cell), y + (row * cell), (column - start) * cell, cell), paint);
                    }
                    column++;
                }
            }
        });
    }

    /// <summary>A circle outline, e.g. the ring of a seal impression.</summary>
    public void Circle(float centreX, float centreY, float radius, float stroke, SKColor color) =>
        _drawing.Add((canvas, _) =>
        {
            using var paint = new SKPaint { Color = color, StrokeWidth = stroke, Style = SKPaintStyle.Stroke, IsAntialias = true };
            canvas.DrawCircle(centreX, centreY, radius, paint);
        });

    /// <summary>Drawing that needs Skia itself (ground patterns); runs in order with the rest of the page.</summary>
    internal void Draw(Action<SKCanvas> draw) => _drawing.Add((canvas, _) => draw(canvas));

    internal void Render(SKCanvas canvas, PdfRenderFonts fonts)
    {
        foreach (var draw in _drawing)
        {
            draw(canvas, fonts);
        }
    }
}
