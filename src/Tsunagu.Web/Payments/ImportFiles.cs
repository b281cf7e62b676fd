using System.Text;
using CsvHelper;
using Tsunagu.Web.Payments.Billing;

namespace Tsunagu.Web.Payments;

/// <summary>The checks every file the core systems and agencies send share: UTF-8, not cut off, the documented header.</summary>
public static class ImportFiles
{
    /// <summary>A reader positioned after the header, or the problem that stops the whole file.</summary>
    public static (CsvReader? Reader, ImportProblem? Problem) Open(byte[] bytes, IReadOnlyList<string> header)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, new(0, "文字コード", "UTF-8 で保存したCSVにしてください（Shift_JIS は読めません）。"));
        }
        // Every row ends with a line break, the last one too: a file without it was cut off in transfer.
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n')
        {
            return (null, new(0, "行", "ファイルの最後が改行で終わっていません。途中で切れている可能性があるため、何も取り込んでいません。"));
        }
        var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',' });
        if (!reader.Headers.Select(h => h.TrimStart('\uFEFF')).SequenceEqual(header))
        {
            reader.Dispose();
            return (null, new(0, "見出し", $"1行目の見出しは「{string.Join(",", header)}」にしてください。"));
        }
        return (reader, null);
    }
}
