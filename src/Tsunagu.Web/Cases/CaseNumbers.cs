using System.Globalization;
using System.Security.Cryptography;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Cases;

/// <summary>
/// 案件番号: <c>K-YYYYMMDD-XXXXXX</c>, the Japan-time date of intake and six characters without look-alikes. Random, like
/// the 受付番号, so several nodes need no shared counter; the unique index catches the rare repeat.
/// </summary>
public static class CaseNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Next(DateTime utc)
    {
        var date = JapanTime.ToJapan(utc).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return $"K-{date}-{new string([.. Enumerable.Range(0, 6).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])])}";
    }
}
