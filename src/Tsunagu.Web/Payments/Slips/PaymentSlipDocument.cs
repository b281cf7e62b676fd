using System.Globalization;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Pdf;

namespace Tsunagu.Web.Payments.Slips;

/// <summary>
/// 納付書: one A4 page per instalment with the payer, fund, fiscal year, 期別, amount and due date, the eL番号 and its eL-QR,
/// and the convenience-store bar code with its digits. The lower part is the 領収証書 the bank or store stamps.
/// </summary>
public sealed class PaymentSlipDocument(SlipOptions options, IElQrEncoder elQr)
{
    private static readonly float[] s_columns = [PdfPage.Mm(40), PdfPage.Width - (2 * PdfPage.Margin) - PdfPage.Mm(40)];

    /// <summary>One page per (assessment, instalment) pair, in the order given.</summary>
    public byte[] Render(IReadOnlyList<Assessment> assessments, IEnumerable<(Assessment Assessment, Instalment Instalment)> pages, DateTimeOffset printedAt, bool reminder = false)
    {
        var first = assessments[0];
        var document = new PdfDocument("納付書", $"{first.FiscalYear}年度 {first.PayerName} 様");
        foreach (var (assessment, instalment) in pages)
        {
            Page(document, assessment, instalment, reminder);
        }
        return document.ToPdf(printedAt);
    }

    private void Page(PdfDocument document, Assessment a, Instalment i, bool reminder)
    {
        var page = document.AddPage();
        var year = Wareki.FormatYear(new DateOnly(a.FiscalYear, 4, 1));
        var due = i.Amount - i.Paid;
        page.Text(PdfPage.Width / 2, PdfPage.Margin - 20, $"{year}度 {Funds.Name(a.Fund)} {(reminder ? "督促状 兼 納付書" : "納付書")}（第{i.Number}期）", 16, PdfWeight.Bold, PdfAlign.Center);
        if (reminder)
        {
            page.Paragraph(PdfPage.Margin, PdfPage.Margin + 56 + 4, PdfPage.Width - (2 * PdfPage.Margin),
                $"納期限（{Wareki.Format(i.DueOn)}）を過ぎてもお支払いが確認できません。この督促状兼納付書でお早めにお支払いください。行き違いでお支払い済みの場合はご容赦ください。", 9.5f);
        }
        page.Text(PdfPage.Margin, PdfPage.Margin + 10, $"〒{a.PostalCode}", 11);
        page.Text(PdfPage.Margin, PdfPage.Margin + 26, a.Address, 11);
        page.Text(PdfPage.Margin, PdfPage.Margin + 46, $"{a.PayerName} 様", 14, PdfWeight.Bold);
        var (_, y) = new PdfTable(s_columns, 10.5f).Draw(document, page, PdfPage.Margin, PdfPage.Margin + 80, new List<IReadOnlyList<string>>
        {
            new[] { "科目", Funds.Name(a.Fund) },
            new[] { "年度・期別", $"{year}度 第{i.Number}期" },
            new[] { "通知書番号", a.Number.ToString(CultureInfo.InvariantCulture) },
            new[] { "納付金額", $"{due:N0}円" },
            new[] { "納期限", Wareki.Format(i.DueOn) },
            new[] { "納付番号", Grouped(i.PaymentNumber) },
            new[] { "確認番号", i.ConfirmationNumber },
            new[] { "eL番号", $"{options.InstitutionNumber}-{i.PaymentNumber}-{i.ConfirmationNumber}-{options.PaymentClass}" },
        });
        var qr = PdfPage.Mm(30);
        var qrText = elQr.Encode(new ElNumber(options.InstitutionNumber, i.PaymentNumber, i.ConfirmationNumber, options.PaymentClass, due, i.DueOn));
        page.QrCode(PdfPage.Margin, y + 16, qr, qrText);
        page.Paragraph(PdfPage.Margin + qr + 12, y + 22, PdfPage.Mm(110),
            "スマートフォン決済アプリ、地方税お支払サイト、金融機関の窓口で、左の地方税統一QRコード（eL-QR）を読み取って納付できます。"
            + "コンビニエンスストアでは下のバーコードをお示しください。", 9.5f);
        var barcodeTop = y + 30 + qr;
        if (ConvenienceBarcode.Data(options.CompanyCode, i.PaymentNumber, i.Reissue, i.DueOn, due) is { } barcode)
        {
            Code128Bars.Draw(page, barcode, PdfPage.Margin, barcodeTop, PdfPage.Mm(100), PdfPage.Mm(13));
            page.Text(PdfPage.Margin, barcodeTop + PdfPage.Mm(14), $"({barcode[..2]}){barcode[2..]}", 8.5f);
        }
        else
        {
            page.Text(PdfPage.Margin, barcodeTop, "30万円を超えるため、コンビニエンスストアではお支払いいただけません。金融機関でお支払いください。", 9.5f);
        }
        Receipt(page, a, i, due, year);
    }

    private static void Receipt(PdfPage page, Assessment a, Instalment i, long due, string year)
    {
        var top = PdfPage.Height - PdfPage.Mm(80);
        page.Line(PdfPage.Margin, top - 10, PdfPage.Width - PdfPage.Margin, top - 10, 0.5f);
        page.Text(PdfPage.Width / 2, top - 6, "‐‐‐ きりとり ‐‐‐", 8, align: PdfAlign.Center);
        page.Text(PdfPage.Margin, top + 8, $"領収証書　{year}度 {Funds.Name(a.Fund)} 第{i.Number}期", 11, PdfWeight.Bold);
        page.Text(PdfPage.Margin, top + 28, $"{a.PayerName} 様　納付番号 {Grouped(i.PaymentNumber)}", 10);
        page.Text(PdfPage.Margin, top + 44, $"金額 {due:N0}円　納期限 {Wareki.Format(i.DueOn)}", 10);
        page.Box(PdfPage.Width - PdfPage.Margin - PdfPage.Mm(30), top + 4, PdfPage.Mm(30), PdfPage.Mm(30));
        page.Text(PdfPage.Width - PdfPage.Margin - PdfPage.Mm(15), top + 8, "領収日付印", 8, align: PdfAlign.Center);
        page.Text(PdfPage.Margin, top + 70, "お問い合わせ: 九重町役場 税務課 収納係", 9);
    }

    private static string Grouped(string number) => string.Join(' ', number.Chunk(4).Select(c => new string(c)));
}
