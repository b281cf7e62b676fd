using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>One word Tesseract found, with its box in pixels of the page image and its confidence (0–100).</summary>
public sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, float Confidence, int Line);

/// <summary>The words on one page and the page size they are measured against.</summary>
public sealed record OcrPage(int Width, int Height, IReadOnlyList<OcrWord> Words);

/// <summary>The words read in each field's box, and the angle the scan was straightened by.</summary>
public sealed record FieldWords(IReadOnlyDictionary<string, IReadOnlyList<OcrWord>> ByField, float SkewDegrees);

/// <summary>Why a scan could not be read; the message is shown to staff as is.</summary>
public sealed class ScanUnreadableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads scans with Debian's Tesseract (<c>tesseract-ocr</c>, <c>tesseract-ocr-jpn</c>) run as a process, after turning a PDF's
/// first page into a 300 dpi greyscale image with poppler's <c>pdftoppm</c>. Both run in a scratch folder removed afterwards.
/// </summary>
public sealed class ScanReader(IConfiguration configuration, ILogger<ScanReader> log)
{
    private readonly string _tesseract = configuration["Cases:Ocr:Tesseract"] ?? "tesseract";
    private readonly string _pdftoppm = configuration["Cases:Ocr:Pdftoppm"] ?? "pdftoppm";
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(configuration.GetValue("Cases:Ocr:TimeoutSeconds", 90));

    /// <summary>The page image staff see beside the values: the upload itself, or the PDF's first page as PNG.</summary>
    public async Task<byte[]> PageImageAsync(byte[] scan, string kind, CancellationToken ct)
    {
        if (kind != "pdf")
        {
            return scan;
        }
        using var scratch = new Scratch();
        var pdf = scratch.File("scan.pdf");
        await File.WriteAllBytesAsync(pdf, scan, ct);
        await RunAsync(_pdftoppm, ["-r", "300", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, scratch.File("page")], ct);
        var png = scratch.File("page.png");
        return File.Exists(png) ? await File.ReadAllBytesAsync(png, ct) : throw new ScanUnreadableException("PDFからページの画像を取り出せませんでした。PDFが壊れていないか確かめてください。");
    }

    /// <summary>The words written in each field of <paramref name="template"/> on the page image (PNG or JPEG).</summary>
    public async Task<FieldWords> ReadAsync(byte[] pageImage, PaperFormTemplate template, CancellationToken ct)
    {
        var strip = ScanImage.CutFields(pageImage, template);
        using var scratch = new Scratch();
        var image = scratch.File("fields.png");
        await File.WriteAllBytesAsync(image, strip.Png, ct);
        // psm 6: the strip is one block of lines, one field per line, with nothing else on it.
        var page = ParseTsv(await RunAsync(_tesseract, [image, "stdout", "-l", "jpn", "--psm", "6", "tsv"], ct));
        var byField = strip.Bands.ToDictionary(
            b => b.FieldId,
            b => (IReadOnlyList<OcrWord>)[.. page.Words.Where(w => w.Top + (w.Height / 2) >= b.Top && w.Top + (w.Height / 2) < b.Bottom)],
            StringComparer.Ordinal);
        return new FieldWords(byField, strip.SkewDegrees);
    }

    /// <summary>Tesseract's TSV: level 1 rows give the page size, level 5 rows the words.</summary>
    public static OcrPage ParseTsv(string tsv)
    {
        int width = 0, height = 0;
        var words = new List<OcrWord>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var c = row.TrimEnd('\r').Split('\t');
            if (c.Length < 12 || !int.TryParse(c[0], CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }
            int N(int i) => int.Parse(c[i], CultureInfo.InvariantCulture);
            if (level == 1)
            {
                (width, height) = (N(8), N(9));
            }
            else if (level == 5 && c[11].Trim().Length > 0)
            {
                var line = (N(2) * 10000) + (N(3) * 100) + N(4);
                words.Add(new OcrWord(c[11].Trim(), N(6), N(7), N(8), N(9), float.Parse(c[10], CultureInfo.InvariantCulture), line));
            }
        }
        return width > 0 ? new OcrPage(width, height, words) : throw new ScanUnreadableException("画像として読み取れませんでした。PNG・JPEG・PDFのスキャンを送ってください。");
    }

    private async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ScanUnreadableException($"{program} を起動できませんでした。");
        }
        catch (Win32Exception e)
        {
            throw new ScanUnreadableException($"文字認識のプログラム（{program}）がこのサーバーにありません。管理者に連絡してください。", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new ScanUnreadableException("文字認識が時間内に終わりませんでした。画像を小さくするか、もう一度お試しください。");
            }
            if (process.ExitCode != 0)
            {
                log.LogWarning("{Program} exited with {Code}: {Error}", program, process.ExitCode, await error);
                throw new ScanUnreadableException("画像として読み取れませんでした。ファイルが壊れていないか確かめてください。");
            }
            return await output;
        }
    }

    private sealed class Scratch : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("tsunagu-ocr-").FullName;

        public string File(string name) => Path.Combine(_path, name);

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
