using System.Globalization;
using System.Security.Cryptography;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// 受付番号: <c>YYYYMMDD-XXXX-XXXX</c> — the Japan-time date of submission and eight characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), so it can be read out on the phone. Random rather than
/// sequential: it reveals nothing about how many others applied, and needs no counter shared by nodes.
/// </summary>
public static class ReceiptNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Next(DateTime submittedUtc)
    {
        var date = JapanTime.ToJapan(submittedUtc).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var chars = Enumerable.Range(0, 8).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray();
        return $"{date}-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }
}
