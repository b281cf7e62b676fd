using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Cases.Export;

/// <summary>Selected cases as a list staff keep or share: CSV (UTF-8 with BOM, so Excel reads the Japanese) and Excel.</summary>
public static class CaseSheets
{
    public static readonly IReadOnlyList<string> Columns =
        ["案件番号", "受付番号", "手続き", "申請者", "フリガナ", "経路", "状況", "担当者", "受付日時", "処理期限", "完了日時"];

    private static IEnumerable<string[]> Rows(IEnumerable<CaseFile> cases) => cases.Select(c => new[]
    {
        c.Number, c.SourceReference, c.ProcedureName, c.ApplicantName, c.ApplicantKana, CaseIntake.ChannelName(c.Channel),
        c.Status.Japanese(), c.AssigneeName ?? "", JapanTime.ToJapan(c.ReceivedAt).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture),
        c.DueOn.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture), c.ClosedAt is { } d ? JapanTime.ToJapan(d).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture) : "",
    });

    public static byte[] Csv(IEnumerable<CaseFile> cases)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(cases).Prepend([.. Columns]))
        {
            text.Append(string.Join(',', row.Select(v => ExportLayout.Quote(v, forSpreadsheet: true)))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Excel(IEnumerable<CaseFile> cases)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("案件");
        for (var i = 0; i < Columns.Count; i++)
        {
            sheet.Cell(1, i + 1).Value = Columns[i];
            sheet.Cell(1, i + 1).Style.Font.Bold = true;
        }
        var r = 2;
        foreach (var row in Rows(cases))
        {
            for (var i = 0; i < row.Length; i++)
            {
                // Text cells: a receipt number or a kana name must never be read as a number, date or formula.
                sheet.Cell(r, i + 1).SetValue(row[i]).SetDataType(XLDataType.Text);
            }
            r++;
        }
        // Column widths by character count: ClosedXML's AdjustToContents needs GDI fonts, which a Linux server lacks.
        for (var i = 0; i < Columns.Count; i++)
        {
            sheet.Column(i + 1).Width = Math.Min(60, 4 + (2 * Rows(cases).Select(x => x[i].Length).Append(Columns[i].Length).Max()));
        }
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
