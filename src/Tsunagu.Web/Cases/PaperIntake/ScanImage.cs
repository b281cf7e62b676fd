using SkiaSharp;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>The fields of a template cut out of a scan and laid one under another, with the band each one occupies.</summary>
public sealed record FieldStrip(byte[] Png, IReadOnlyList<(string FieldId, int Top, int Bottom)> Bands, float SkewDegrees);

/// <summary>
/// Prepares a scan for OCR. Tesseract's page layout analysis loses the values inside a form's table, so each field's box is
/// cut out instead: the page is straightened (projection-profile deskew), each box is cut with a margin for the scanner's
/// shift, the box borders are erased, and the pieces are stacked on white for one OCR run.
/// </summary>
public static class ScanImage
{
    private const float PageWidthMm = 210f;
    private const float MarginMm = 3f;
    private const int Gap = 50;
    private const byte Dark = 140;

    public static FieldStrip CutFields(byte[] pageImage, PaperFormTemplate template)
    {
        using var decoded = SKBitmap.Decode(pageImage) ?? throw new ScanUnreadableException("画像として読み取れませんでした。PNG・JPEG・PDFのスキャンを送ってください。");
        using var grey = ToGrey(decoded);
        var skew = SkewOf(grey);
        using var page = Rotate(grey, -skew);
        var perMm = page.Width / PageWidthMm;
        var pieces = template.Fields.Select(f => (f.FieldId, Bitmap: Cut(page, f.Region, perMm))).ToList();
        try
        {
            var width = pieces.Max(p => p.Bitmap.Width) + (2 * Gap);
            var height = pieces.Sum(p => p.Bitmap.Height + Gap) + Gap;
            using var strip = new SKBitmap(width, height, SKColorType.Gray8, SKAlphaType.Opaque);
            using var canvas = new SKCanvas(strip);
            canvas.Clear(SKColors.White);
            var bands = new List<(string, int, int)>();
            var y = Gap;
            foreach (var (fieldId, bitmap) in pieces)
            {
                Draw(canvas, bitmap, Gap, y);
                bands.Add((fieldId, y - (Gap / 2), y + bitmap.Height + (Gap / 2)));
                y += bitmap.Height + Gap;
            }
            canvas.Flush();
            using var image = SKImage.FromBitmap(strip);
            return new FieldStrip(image.Encode(SKEncodedImageFormat.Png, 100).ToArray(), bands, skew);
        }
        finally
        {
            pieces.ForEach(p => p.Bitmap.Dispose());
        }
    }

    private static SKBitmap ToGrey(SKBitmap source)
    {
        var grey = new SKBitmap(source.Width, source.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(grey);
        canvas.Clear(SKColors.White);
        Draw(canvas, source, 0, 0);
        return grey;
    }

    /// <summary>
    /// The angle (−3° to 3°, in 0.1° steps) at which the dark pixels line up best in rows: the form's long
    /// horizontal lines make the row profile sharpest when the page is straight.
    /// </summary>
    public static float SkewOf(SKBitmap grey)
    {
        var step = Math.Max(1, grey.Width / 400);
        var points = new List<(int X, int Y)>();
        var pixels = grey.GetPixelSpan();
        for (var y = 0; y < grey.Height; y += step)
        {
            for (var x = 0; x < grey.Width; x += step)
            {
                if (pixels[(y * grey.RowBytes) + x] < Dark)
                {
                    points.Add((x, y));
                }
            }
        }
        var best = (Angle: 0f, Score: double.MinValue);
        var rows = new int[(grey.Height * 2 / step) + 2];
        for (var tenths = -30; tenths <= 30; tenths++)
        {
            Array.Clear(rows);
            var tan = Math.Tan(tenths / 10.0 * Math.PI / 180);
            foreach (var (x, y) in points)
            {
                var row = (int)((y - ((x - (grey.Width / 2.0)) * tan)) / step) + (grey.Height / (2 * step));
                if (row >= 0 && row < rows.Length)
                {
                    rows[row]++;
                }
            }
            var score = rows.Sum(r => (double)r * r);
            if (score > best.Score)
            {
                best = (tenths / 10f, score);
            }
        }
        return best.Angle;
    }

    private static SKBitmap Rotate(SKBitmap source, float degrees)
    {
        var rotated = new SKBitmap(source.Width, source.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(rotated);
        canvas.Clear(SKColors.White);
        canvas.RotateDegrees(degrees, source.Width / 2f, source.Height / 2f);
        Draw(canvas, source, 0, 0);
        return rotated;
    }

    private static void Draw(SKCanvas canvas, SKBitmap bitmap, float x, float y)
    {
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, x, y, new SKSamplingOptions(SKFilterMode.Linear));
    }

    private static SKBitmap Cut(SKBitmap page, Region region, float perMm)
    {
        var rect = SKRect.Create((region.X - MarginMm) * perMm, (region.Y - MarginMm) * perMm, (region.Width + (2 * MarginMm)) * perMm, (region.Height + (2 * MarginMm)) * perMm);
        var piece = new SKBitmap((int)rect.Width, (int)rect.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(piece))
        {
            canvas.Clear(SKColors.White);
            Draw(canvas, page, -rect.Left, -rect.Top);
        }
        EraseLines(piece);
        return piece;
    }

    /// <summary>
    /// Whitens pixel rows and columns that are mostly dark: the box borders. Writing never fills that much of a row or column
    /// of the box, so the characters stay.
    /// </summary>
    private static void EraseLines(SKBitmap piece)
    {
        var (w, h) = (piece.Width, piece.Height);
        var pixels = piece.GetPixelSpan().ToArray();
        var stride = piece.RowBytes;
        var rows = Enumerable.Range(0, h).Where(y => Enumerable.Range(0, w).Count(x => pixels[(y * stride) + x] < Dark) > w * 0.5).ToList();
        var columns = Enumerable.Range(0, w).Where(x => Enumerable.Range(0, h).Count(y => pixels[(y * stride) + x] < Dark) > h * 0.5).ToList();
        foreach (var y in rows.SelectMany(y => new[] { y - 2, y - 1, y, y + 1, y + 2 }).Where(y => y >= 0 && y < h))
        {
            Array.Fill(pixels, (byte)255, y * stride, w);
        }
        foreach (var x in columns.SelectMany(x => new[] { x - 2, x - 1, x, x + 1, x + 2 }).Where(x => x >= 0 && x < w))
        {
            for (var y = 0; y < h; y++)
            {
                pixels[(y * stride) + x] = 255;
            }
        }
        Clean(pixels, w, h, stride);
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, piece.GetPixels(), pixels.Length);
    }

    /// <summary>
    /// Black and white only, without specks: grey shading becomes white, and a dark pixel with at most one dark neighbour
    /// (dust, toner, JPEG noise) is dropped, while pen strokes, always thicker than that, stay.
    /// </summary>
    private static void Clean(byte[] pixels, int w, int h, int stride)
    {
        var dark = new bool[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                dark[(y * w) + x] = pixels[(y * stride) + x] < Dark;
            }
        }
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var neighbours = 0;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (nx, ny) = (x + dx, y + dy);
                        neighbours += (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < w && ny < h && dark[(ny * w) + nx] ? 1 : 0;
                    }
                }
                pixels[(y * stride) + x] = dark[(y * w) + x] && neighbours > 1 ? (byte)0 : (byte)255;
            }
        }
    }
}
