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

    public static void Fill(PdfPage page, SKRect area, string latentWord, float wordSize = 64f)
    {
        // Every certificate of a kind has the same ground, so the word's outline is built once.
        var outline = s_outlines.GetOrAdd((area, latentWord, wordSize), key => WordPath(key.Area, key.Word, key.Size));
        page.Draw(canvas =>
        {
            using var fine = Screen(FineRadius, FineStep);
            using var coarse = Screen(CoarseRadius, CoarseStep);
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

    private static SKPaint Screen(float radius, float step)
    {
        using var recorder = new SKPictureRecorder();
        var tile = SKRect.Create(step, step);
        var canvas = recorder.BeginRecording(tile);
        using (var dot = new SKPaint { Color = s_ink, IsAntialias = true })
        {
            canvas.DrawCircle(step / 2, step / 2, radius, dot);
        }
        using var picture = recorder.EndRecording();
        return new SKPaint { Shader = SKShader.CreatePicture(picture, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat, SKFilterMode.Nearest, tile) };
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
