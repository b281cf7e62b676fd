using SkiaSharp;

namespace Tsunagu.Web.Platform.Pdf;

/// <summary>
/// 地紋 (copy-evident ground): a pale dot screen over an area, with a latent word drawn in coarser dots of the same
/// average tone. On the original both look alike; a photocopier drops the fine dots and keeps the coarse ones, so the
/// word (e.g. 複写) appears on every copy. Each screen is one small tile repeated as a PDF pattern, so the page stays small.
/// </summary>
public static class PdfGroundPattern
{
    private static readonly SKColor s_ink = new(0x7A, 0x94, 0xB8);

    // Same coverage (about 7 %) for both screens: π·0.17²/1.2² ≈ π·0.34²/2.4².
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(SKRect Area, string Word, float Size), SKPath> s_outlines = new();

    private const float FineRadius = 0.17f;
    private const float FineStep = 1.2f;
    private const float CoarseRadius = 0.34f;
    private const float CoarseStep = 2.4f;

    public static void Fill(PdfPage page, SKRect area, string latentWord, float wordSize = 96f)
    {
        // Every certificate of a kind has the same ground, so the word's outline is built once.
        var outline = s_outlines.GetOrAdd((area, latentWord, wordSize), key => WordPath(key.Area, key.Word, key.Size));
        page.Draw(canvas =>
        {
            using var fine = new SKPaint { Shader = s_fine.Value };
            using var coarse = new SKPaint { Shader = s_coarse.Value };
            canvas.Save();
            canvas.ClipRect(area);
            canvas.DrawRect(area, fine);
            canvas.ClipPath(outline, antialias: true);
            using var white = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(area, white);
            canvas.DrawRect(area, coarse);
            canvas.Restore();
        });
    }

    // Tiles are small images drawn at 10 pixels per point (720 dpi): Skia writes an image shader as one PDF tiling
    // pattern, where a picture shader was rasterised over the whole clipped area on every page (35 ms a page).
    private const float PixelsPerPoint = 10f;

    // Shaders are immutable and shared by every page and thread.
    private static readonly Lazy<SKShader> s_fine = new(() => Screen(FineRadius, FineStep));
    private static readonly Lazy<SKShader> s_coarse = new(() => Screen(CoarseRadius, CoarseStep));

    private static SKShader Screen(float radius, float step)
    {
        var size = (int)MathF.Round(step * PixelsPerPoint);
        using var tile = new SKBitmap(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(tile))
        {
            canvas.Clear(SKColors.Transparent);
            using var dot = new SKPaint { Color = s_ink, IsAntialias = true };
            canvas.DrawCircle(size / 2f, size / 2f, radius * PixelsPerPoint, dot);
        }
        var image = SKImage.FromBitmap(tile);
        return SKShader.CreateImage(image, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat, new SKSamplingOptions(SKFilterMode.Linear),
            SKMatrix.CreateScale(1 / PixelsPerPoint, 1 / PixelsPerPoint));
    }

    /// <summary>The word's outlines repeated over the area in staggered rows, from the full font (nothing here is text).</summary>
    private static SKPath WordPath(SKRect area, string word, float size)
    {
        using var font = new SKFont(PdfFontFile.Of(PdfWeight.Bold).Typeface, size);
        using var one = font.GetTextPath(word, new SKPoint(0, 0));
        var width = font.MeasureText(word) * 1.6f;
        var height = size * 2.2f;
        var path = new SKPath();
        var row = 0;
        for (var y = area.Top + size; y < area.Bottom; y += height, row++)
        {
            for (var x = area.Left + (row % 2 == 0 ? 0 : width / 2) - (width / 2); x < area.Right; x += width)
            {
                using var copy = new SKPath(one);
                copy.Transform(SKMatrix.CreateTranslation(x, y));
                path = path.Op(copy, SKPathOp.Union) ?? path;
            }
        }
        return path;
    }
}
