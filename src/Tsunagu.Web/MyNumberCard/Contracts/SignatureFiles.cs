using System.Text;

namespace Tsunagu.Web.MyNumberCard.Contracts;

/// <summary>Signature files arrive as DER (.p7s), base64, or PEM ("-----BEGIN PKCS7-----"); all become DER.</summary>
public static class SignatureFiles
{
    /// <summary>The DER bytes, or an empty array for text that is not base64 (the verifier then calls it malformed).</summary>
    public static byte[] Decode(byte[] file)
    {
        if (file.Length > 0 && file[0] == 0x30)
        {
            return file;
        }
        var lines = Encoding.ASCII.GetString(file).Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("-----", StringComparison.Ordinal));
        try
        {
            return Convert.FromBase64String(string.Concat(lines));
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
