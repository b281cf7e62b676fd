using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using Tsunagu.Web.Certificates;
using Tsunagu.Web.Certificates.Kinds;

namespace Tsunagu.Bench;

/// <summary>
/// One-page 住民票の写し per second on one thread: Tsunagu's PDF route (SkiaSharp + HarfBuzz subset, 地紋, QR) against the
/// same certificate as HTML printed to PDF by Debian's headless Chromium, in the same run.
/// Usage: taskset -c 0 dotnet run -c Release --project bench/Tsunagu.Bench -- certificates [count]
/// </summary>
public static class CertificateBench
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var content = Content();
        var stamp = new CertificateStamp("20261124-BENCH234", "12345678", DateTime.UtcNow, "九重町役場 窓口", "http://127.0.0.1:5080/certificates/verify?serial=20261124-BENCH234", 1);
        for (var i = 0; i < 20; i++)
        {
            CertificateDocument.Render(content, stamp);
        }
        var bytes = 0L;
        var skia = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var pdf = CertificateDocument.Render(content, stamp with { Serial = $"20261124-B{i:D7}" });
            bytes += pdf.Length;
            SHA256.HashData(pdf);
        }
        skia.Stop();
        var perSecond = count / skia.Elapsed.TotalSeconds;

        var chromiumCount = Math.Max(20, count / 10);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var html = Html(content, stamp);
        for (var i = 0; i < 3; i++)
        {
            await page.SetContentAsync(html);
            await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        }
        var chrome = Stopwatch.StartNew();
        for (var i = 0; i < chromiumCount; i++)
        {
            await page.SetContentAsync(html.Replace("BENCH234", $"C{i:D7}", StringComparison.Ordinal));
            SHA256.HashData(await page.PdfAsync(new() { Format = "A4", PrintBackground = true }));
        }
        chrome.Stop();
        var chromePerSecond = chromiumCount / chrome.Elapsed.TotalSeconds;
        Console.WriteLine("| route | certificates | seconds | per second | mean PDF size |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| Tsunagu PDF (SkiaSharp + HarfBuzz) | {count} | {skia.Elapsed.TotalSeconds:F2} | {perSecond:F1} | {bytes / count / 1024} KB |");
        Console.WriteLine($"| HTML printed by headless Chromium | {chromiumCount} | {chrome.Elapsed.TotalSeconds:F2} | {chromePerSecond:F1} | |");
        Console.WriteLine($"| ratio | | | {perSecond / chromePerSecond:F1}× | |");
    }

    private static CertificateContent Content() => new("住民票の写し　世帯全員（3人）",
        [
            new(null, [("住所", "大分県玖珠郡九重町大字田野1234番地の5"), ("世帯主", "九重　太郎")]),
            new("1", [("氏名", "九重　太郎"), ("フリガナ", "ココノエ　タロウ"), ("生年月日", "昭和45年4月1日"), ("性別", "男"), ("続柄", "世帯主"), ("住民となった年月日", "昭和45年4月1日"), ("個人番号", "記載を省略しています")]),
            new("2", [("氏名", "九重　花子"), ("フリガナ", "ココノエ　ハナコ"), ("生年月日", "昭和48年8月8日"), ("性別", "女"), ("続柄", "妻"), ("住民となった年月日", "平成7年5月1日"), ("個人番号", "記載を省略しています")]),
            new("3", [("氏名", "九重　一郎"), ("フリガナ", "ココノエ　イチロウ"), ("生年月日", "平成15年1月20日"), ("性別", "男"), ("続柄", "子"), ("住民となった年月日", "平成15年1月20日"), ("個人番号", "記載を省略しています")]),
        ], "この写しは、住民票の原本と相違ないことを証明します。");

    // The same layout in HTML: tables, the attestation, a tiled dot background for the ground pattern.
    private static string Html(CertificateContent content, CertificateStamp stamp)
    {
        var body = new StringBuilder();
        foreach (var block in content.Blocks)
        {
            body.Append(block.Heading is null ? "" : $"<h3>{block.Heading}</h3>").Append("<table>");
            foreach (var (label, value) in block.Rows)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><th>{WebUtility.HtmlEncode(label)}</th><td>{WebUtility.HtmlEncode(value)}</td></tr>");
            }
            body.Append("</table>");
        }
        return $$"""
            <!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 20mm; } body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 10pt;
            background-image: radial-gradient(#7a94b8 0.17pt, transparent 0.2pt); background-size: 1.2pt 1.2pt; }
            h1 { text-align: center; font-size: 18pt; } table { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }
            th, td { border: 0.5pt solid #000; padding: 4pt; text-align: left; } th { width: 42mm; background: #eee; }
            </style></head><body><h1>{{content.Title}}</h1><p style="text-align:right">証明書番号 {{stamp.Serial}}</p>
            {{body}}<p>{{content.Attestation}}</p><p>大分県玖珠郡九重町長</p><p>確認コード {{stamp.VerificationCode}}</p></body></html>
            """;
    }
}
