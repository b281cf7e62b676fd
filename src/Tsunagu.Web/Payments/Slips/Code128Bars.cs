using SkiaSharp;
using Tsunagu.Web.Platform.Pdf;
using ZXing;
using ZXing.OneD;

namespace Tsunagu.Web.Payments.Slips;

/// <summary>A GS1-128 symbol (Code 128 with FNC1 after the start character) drawn as vector bars, from ZXing's encoder.</summary>
public static class Code128Bars
{
    /// <summary>Draws the symbol so that it is <paramref name="width"/> points wide (quiet zones included) and returns the module count.</summary>
    public static int Draw(PdfPage page, string data, float x, float y, float width, float height)
    {
        var modules = new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 0, new Dictionary<EncodeHintType, object> { [EncodeHintType.GS1_FORMAT] = true });
        var total = modules.Width;
        var unit = width / total;
        page.Draw(canvas =>
        {
            using var white = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(SKRect.Create(x, y, width, height), white);
            using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false };
            var column = 0;
            while (column < total)
            {
                if (!modules[column, 0])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < total && modules[column, 0])
                {
                    column++;
                }
                canvas.DrawRect(SKRect.Create(x + (start * unit), y, (column - start) * unit, height), black);
            }
        });
        return total;
    }
}
