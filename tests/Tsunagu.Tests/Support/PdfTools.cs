using System.Diagnostics;

namespace Tsunagu.Tests.Support;

/// <summary>
/// Reads PDFs with the tools a resident's or a clerk's software would use: poppler-utils (pdftotext, pdffonts,
/// pdfinfo, pdftoppm) and zbar-tools (zbarimg). test.sh installs them when missing.
/// </summary>
public static class PdfTools
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-enc UTF-8 {0} -");

    public static string Fonts(byte[] pdf) => Run("pdffonts", pdf, "{0}");

    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, "-enc UTF-8 {0}");

    /// <summary>The QR codes found on the first page rendered at 150 dpi, as zbarimg prints them ("QR-Code:…").</summary>
    public static string QrCodes(byte[] pdf) => Symbols(pdf, 150);

    /// <summary>Every bar code and QR code zbarimg finds on the first page rendered at <paramref name="dpi"/>, one per line ("TYPE:data").</summary>
    public static string Symbols(byte[] pdf, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("tsunagu-pdf-");
        try
        {
            var file = Path.Combine(dir.FullName, "doc.pdf");
            File.WriteAllBytes(file, pdf);
            Exec("pdftoppm", $"-r {dpi} -png -singlefile -f 1 -l 1 {file} {Path.Combine(dir.FullName, "page")}");
            return Exec("zbarimg", $"-q {Path.Combine(dir.FullName, "page.png")}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Run(string tool, byte[] pdf, string arguments)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            return Exec(tool, string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Exec(string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} exited with {process.ExitCode}");
        return output.Result;
    }
}
