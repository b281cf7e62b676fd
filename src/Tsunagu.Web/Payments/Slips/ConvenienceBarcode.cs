using System.Globalization;

namespace Tsunagu.Web.Payments.Slips;

/// <summary>
/// The 44 digits of the convenience-store bar code (GS1-128, AI 91, 標準料金代理収納ガイドライン) exactly as specs.md §1.3
/// lays them out: AI 91, company code (6), free field (21), re-issue count (1), pay-by YYMMDD (6), stamp flag (1),
/// amount (6), check digit (1). The free field carries the 18-digit 納付番号 and three zeros.
/// </summary>
public static class ConvenienceBarcode
{
    /// <summary>Public-fund bar codes stop at ¥300,000 (higher amounts are paid at a bank).</summary>
    public const long MaxAmount = 300_000;

    public static string? Data(string companyCode, string paymentNumber, int reissue, DateOnly? payBy, long amount)
    {
        if (amount is < 1 or > MaxAmount || companyCode.Length != 6 || paymentNumber.Length > 21)
        {
            return null;
        }
        var body = string.Create(CultureInfo.InvariantCulture,
            $"91{companyCode}{paymentNumber.PadRight(21, '0')}{reissue % 10}{(payBy is { } d ? d.ToString("yyMMdd", CultureInfo.InvariantCulture) : "999999")}0{amount:D6}");
        return body + CheckDigit(body);
    }

    /// <summary>
    /// Positions counted from the right with the check digit at 1: A = digits at even positions (2…44), B = digits at odd
    /// positions (3…43); check = (10 − (3A + B) mod 10) mod 10.
    /// </summary>
    public static char CheckDigit(string first43)
    {
        if (first43.Length != 43 || !first43.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("43 digits expected", nameof(first43));
        }
        int a = 0, b = 0;
        for (var i = 0; i < 43; i++)
        {
            var position = 44 - i;
            var digit = first43[i] - '0';
            if (position % 2 == 0)
            {
                a += digit;
            }
            else
            {
                b += digit;
            }
        }
        return (char)('0' + ((10 - (((3 * a) + b) % 10)) % 10));
    }

    public static bool IsValid(string? data) => data is { Length: 44 } d && d.All(char.IsAsciiDigit) && CheckDigit(d[..43]) == d[43];
}
