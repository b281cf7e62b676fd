using System.Text;
using SkiaSharp;

namespace Tsunagu.Web.Platform.Pdf;

/// <summary>
/// An A4 PDF built page by page, then written once by <see cref="ToPdf"/>. Drawing is recorded first because the
/// embedded font is subset to exactly the characters the document uses, which are only known at the end.
/// </summary>
public sealed class PdfDocument(string title, string? subject = null)
{
    /// <summary>Who issues every Tsunagu document.</summary>
    public const string Author = "九重町";

    private readonly List<PdfPage> _pages = [];
    private readonly Dictionary<PdfWeight, HashSet<int>> _characters = new()
    {
        [PdfWeight.Regular] = [],
        [PdfWeight.Bold] = [],
    };

    public PdfPage AddPage()
    {
        var page = new PdfPage(this);
        _pages.Add(page);
        return page;
    }

    public IReadOnlyList<PdfPage> Pages => _pages;

    internal void Uses(string text, PdfWeight weight)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            _characters[weight].Add(rune.Value);
        }
    }

    /// <summary>The finished PDF, with the fonts subset and embedded.</summary>
    public byte[] ToPdf(DateTimeOffset? created = null)
    {
        var fonts = new Dictionary<PdfWeight, SKTypeface>();
        try
        {
            foreach (var (weight, characters) in _characters.Where(c => c.Value.Count > 0))
            {
                fonts[weight] = PdfFontFile.Of(weight).Subset(characters);
            }
            using var stream = new MemoryStream();
            var metadata = new SKDocumentPdfMetadata
            {
                Title = title,
                Subject = subject,
                Author = Author,
                Creator = "Tsunagu",
                Producer = "Tsunagu (SkiaSharp)",
                Creation = (created ?? DateTimeOffset.UtcNow).UtcDateTime,
                Modified = (created ?? DateTimeOffset.UtcNow).UtcDateTime,
            };
            using (var document = SKDocument.CreatePdf(stream, metadata))
            {
                foreach (var page in _pages.DefaultIfEmpty(new PdfPage(this)))
                {
                    var canvas = document.BeginPage(PdfPage.Width, PdfPage.Height);
                    page.Render(canvas, new PdfRenderFonts(fonts));
                    document.EndPage();
                }
                document.Close();
            }
            return stream.ToArray();
        }
        finally
        {
            foreach (var typeface in fonts.Values)
            {
                typeface.Dispose();
            }
        }
    }
}

/// <summary>The subset typefaces of one document and the drawing of text with them.</summary>
internal sealed class PdfRenderFonts(IReadOnlyDictionary<PdfWeight, SKTypeface> typefaces)
{
    /// <summary>
    /// Draws through a text run that carries the UTF-8 text and per-glyph clusters. Without them Skia writes a ToUnicode
    /// map that picks the lowest code point per glyph, so 民 and 氏 come out of pdftotext as radicals ⺠ ⽒ (stack-probe §3).
    /// </summary>
    public void DrawText(SKCanvas canvas, string text, float x, float baseline, float size, PdfWeight weight, SKPaint paint)
    {
        if (text.Length == 0)
        {
            return;
        }
        using var font = new SKFont(typefaces[weight], size) { Subpixel = true, LinearMetrics = true };
        var runes = text.EnumerateRunes().ToArray();
        var utf8 = Encoding.UTF8.GetBytes(text);
        var glyphs = new ushort[runes.Length];
        var clusters = new uint[runes.Length];
        var offset = 0;
        for (var i = 0; i < runes.Length; i++)
        {
            glyphs[i] = font.GetGlyph(runes[i].Value);
            clusters[i] = (uint)offset;
            offset += runes[i].Utf8SequenceLength;
        }
        var widths = font.GetGlyphWidths(glyphs);
        var positions = new float[runes.Length];
        var pen = 0f;
        for (var i = 0; i < runes.Length; i++)
        {
            positions[i] = pen;
            pen += widths[i];
        }
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocateHorizontalTextRun(font, glyphs.Length, 0, utf8.Length);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        run.SetText(utf8);
        run.SetClusters(clusters);
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, baseline, paint);
        }
    }
}
