using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace Tsunagu.Web.Platform.Pdf;

public enum PdfWeight
{
    Regular,
    Bold,
}

/// <summary>
/// Noto Sans JP, shipped next to the binaries (Fonts/README.md) so a PDF never depends on the fonts of the machine.
/// The whole font is loaded once for measuring; each document draws with its own subset.
/// </summary>
internal sealed class PdfFontFile : IDisposable
{
    private const string NoLineStart = "、。，．・：；？！ー）」』】〕ゃゅょっャュョッぁぃぅぇぉァィゥェォ";

    private static readonly Lazy<PdfFontFile> s_regular = new(() => new PdfFontFile("NotoSansJP_400Regular.ttf"));
    private static readonly Lazy<PdfFontFile> s_bold = new(() => new PdfFontFile("NotoSansJP_700Bold.ttf"));

    private readonly Blob _blob;

    // HarfBuzz faces are immutable once made and safe to subset from several threads at once.
    private readonly Face _face;

    private PdfFontFile(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Platform", "Pdf", "Fonts", fileName);
        _blob = Blob.FromFile(path);
        _face = new Face(_blob, 0);
        Typeface = SKTypeface.FromFile(path) ?? throw new FileNotFoundException("PDF font missing", path);
    }

    public SKTypeface Typeface { get; }

    public static PdfFontFile Of(PdfWeight weight) => weight == PdfWeight.Bold ? s_bold.Value : s_regular.Value;

    public float Measure(string text, float size)
    {
        using var font = new SKFont(Typeface, size);
        return font.MeasureText(text);
    }

    public SKTypeface Subset(IEnumerable<int> codePoints)
    {
        var bytes = HarfBuzzSubset.Subset(_face, codePoints);
        return SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException("Subset font unreadable.");
    }

    public void Dispose()
    {
        Typeface.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }

    /// <summary>Text broken into lines no wider than <paramref name="width"/>, keeping 。、」 off the start of a line (禁則).</summary>
    public IReadOnlyList<string> Wrap(string text, float size, float width)
    {
        using var font = new SKFont(Typeface, size);
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            var enumerator = StringInfo.GetTextElementEnumerator(paragraph);
            while (enumerator.MoveNext())
            {
                var element = enumerator.GetTextElement();
                if (line.Length > 0 && font.MeasureText(line + element) > width && !NoLineStart.Contains(element, StringComparison.Ordinal))
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                    if (element == " ")
                    {
                        continue;
                    }
                }
                line.Append(element);
            }
            lines.Add(line.ToString());
        }
        return lines;
    }
}
