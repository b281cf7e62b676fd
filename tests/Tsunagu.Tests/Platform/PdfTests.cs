using System.Diagnostics;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Pdf;

namespace Tsunagu.Tests.Platform;

public sealed class PdfTests
{
    private static byte[] Sample(string qr = "https://kokonoe.example.jp/verify?id=R8-0001")
    {
        var document = new PdfDocument("住民票の写し", "試験");
        var page = document.AddPage();
        page.Text(PdfPage.Margin, PdfPage.Margin, "住民票の写し", 20, PdfWeight.Bold);
        page.Text(PdfPage.Width - PdfPage.Margin, PdfPage.Margin, "令和8年11月24日", 10, align: PdfAlign.Right);
        page.Paragraph(PdfPage.Margin, 120, 300, "氏名欄には戸籍に記載された文字を用います。長い文章は幅に合わせて折り返され、句読点は行頭に来ません。");
        new PdfTable([100, 300]).Draw(document, page, PdfPage.Margin, 220, [["氏名", "山田 太郎"], ["住所", "大分県玖珠郡九重町大字田野1番地"]]);
        page.QrCode(400, 600, 110, qr);
        return document.ToPdf();
    }

    [Fact]
    public void ToPdf_JapaneseText_StartsWithPdfHeaderAndEmbedsSubsetFont()
    {
        var pdf = Sample();

        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var fonts = PdfTools.Fonts(pdf).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Equal(2, fonts.Count);
        // pdffonts columns: name type encoding emb sub uni
        Assert.All(fonts, f => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", f));
        Assert.True(pdf.Length < 100_000, $"{pdf.Length} bytes: the font was not subset");
    }

    [Fact]
    public void ToPdf_JapaneseText_ExtractsExactCodePointsNotRadicals()
    {
        var text = PdfTools.Text(Sample());

        Assert.Contains("住民票の写し", text, StringComparison.Ordinal);
        Assert.Contains("山田 太郎", text, StringComparison.Ordinal);
        Assert.Contains("大分県玖珠郡九重町大字田野1番地", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void ToPdf_Metadata_HasTitleAndTownAsAuthor()
    {
        var info = PdfTools.Info(Sample());

        Assert.Matches(@"Title:\s+住民票の写し", info);
        Assert.Matches(@"Author:\s+九重町", info);
        Assert.Matches(@"Pages:\s+1", info);
    }

    [Fact]
    public void QrCode_RenderedAt150Dpi_DecodesToItsText()
    {
        var qr = PdfTools.QrCodes(Sample("20261124-ABCD-EFGH"));

        Assert.Equal("QR-Code:20261124-ABCD-EFGH", qr.Trim());
    }

    [Fact]
    public void Paragraph_LongText_WrapsWithoutPunctuationAtLineStart()
    {
        var lines = PdfPage.WrapText("あいうえおかきくけこ、さしすせそ。たちつてと", 10, 100);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(PdfPage.MeasureText(l, 10) <= 110, l));
        Assert.DoesNotContain(lines, l => l.StartsWith('、') || l.StartsWith('。'));
        Assert.Equal("あいうえおかきくけこ、さしすせそ。たちつてと", string.Concat(lines));
    }

    [Fact]
    public void Table_MoreRowsThanFit_ContinuesOnNewPage()
    {
        var document = new PdfDocument("一覧");
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[$"項目{i}", "値"]);

        var (page, _) = new PdfTable([100, 300]).Draw(document, document.AddPage(), PdfPage.Margin, PdfPage.Margin, rows);

        Assert.True(document.Pages.Count > 1);
        Assert.Same(document.Pages[^1], page);
        Assert.Contains("項目60", PdfTools.Text(document.ToPdf()), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_ManyDocumentsInParallel_AllComplete()
    {
        Sample();
        var clock = Stopwatch.StartNew();

        var sizes = Enumerable.Range(0, 40).AsParallel().Select(i => Sample($"R-{i}").Length).ToList();

        Assert.All(sizes, s => Assert.InRange(s, 1_000, 100_000));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed} for 40 PDFs");
    }
}
