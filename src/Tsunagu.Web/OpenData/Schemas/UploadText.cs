using System.Text;

namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>An upload turned into UTF-8, or the reason it could not be.</summary>
public sealed record DecodedUpload(byte[]? Utf8, string Encoding, string? Refusal)
{
    public bool WasConverted => Encoding != "UTF-8";
}

/// <summary>
/// Reads an upload within a size limit and finds its character encoding. Town offices still save CSV from Excel as
/// Shift_JIS (cp932), so that is converted; anything that is neither valid UTF-8 nor valid cp932 is refused with the reason.
/// </summary>
public static class UploadText
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);
    private static readonly byte[] s_compoundFile = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47];

    static UploadText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Copies at most <paramref name="limit"/> bytes; null when the stream is longer, so a huge upload is never held whole.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream input, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static DecodedUpload Decode(byte[] bytes)
    {
        if (NotText(bytes) is { } kind)
        {
            return new DecodedUpload(null, kind, $"{kind} のファイルです。CSV(カンマ区切り)で保存し直してから、もう一度アップロードしてください。");
        }
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return TryAs(bytes[3..], s_strictUtf8, "UTF-8");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return TryAs(bytes[2..], new UnicodeEncoding(false, false, true), "UTF-16LE");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return TryAs(bytes[2..], new UnicodeEncoding(true, false, true), "UTF-16BE");
        }
        var utf8 = TryAs(bytes, s_strictUtf8, "UTF-8");
        if (utf8.Refusal is null)
        {
            return utf8;
        }
        var sjis = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var converted = TryAs(bytes, sjis, "Shift_JIS");
        return converted.Refusal is null ? converted
            : new DecodedUpload(null, "不明", "文字コードを判別できませんでした。UTF-8 か Shift_JIS で保存し直してから、もう一度アップロードしてください。");
    }

    /// <summary>Files that are certainly not CSV, by their first bytes: most often an Excel workbook saved as .xlsx.</summary>
    private static string? NotText(ReadOnlySpan<byte> b) =>
        b.StartsWith("PK\u0003\u0004"u8) ? "Excel(xlsx)または zip"
        : b.StartsWith(s_compoundFile) ? "Excel(xls)"
        : b.StartsWith("%PDF-"u8) ? "PDF"
        : b.StartsWith(s_png) ? "PNG 画像"
        : b.Length > 2 && b[0] == 0xFF && b[1] == 0xD8 ? "JPEG 画像"
        : b.Contains((byte)0) && !(b.Length >= 2 && (b[0] == 0xFF || b[0] == 0xFE)) ? "バイナリ"
        : null;

    private static DecodedUpload TryAs(byte[] bytes, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return new DecodedUpload(s_strictUtf8.GetBytes(text), name, null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedUpload(null, name, $"{name} として読めない文字が含まれています。ファイルの文字コードを確かめてください。");
        }
    }
}
