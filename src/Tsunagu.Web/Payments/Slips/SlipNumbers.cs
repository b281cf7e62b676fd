using System.Globalization;

namespace Tsunagu.Web.Payments.Slips;

/// <summary>
/// 納付番号 and 確認番号 as Tsunagu prints them. The eLTAX scheme leaves their content to each municipality within
/// Pay-easy's limits (納付番号 up to 20 digits, 確認番号 up to 16; specs.md §1.2, unverified), so this is the one place that
/// decides them:
/// <list type="bullet">
/// <item>納付番号 (18 digits) = fund code (2) + fiscal year (4) + assessment number (9) + instalment (2) + check digit (1,
/// modulus 10 weights 3-1 from the right, as the convenience barcode uses), e.g. <c>31 2026 000012345 03 7</c>.</item>
/// <item>確認番号 (6 digits) = the re-issue count (1) + five digits derived from the 納付番号 (so a mistyped number is caught
/// at a bank counter without a lookup). A re-printed slip keeps its 納付番号; a re-issued one (new amount) gets a new
/// 確認番号.</item>
/// </list>
/// </summary>
public static class SlipNumbers
{
    public static string PaymentNumber(Fund fund, int fiscalYear, long assessmentNumber, int instalment)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{Funds.Code(fund)}{fiscalYear:D4}{assessmentNumber:D9}{instalment:D2}");
        return body + CheckDigit(body);
    }

    public static string ConfirmationNumber(string paymentNumber, int reissue)
    {
        var sum = 0L;
        foreach (var (c, i) in paymentNumber.Select((c, i) => (c, i)))
        {
            sum = ((sum * 31) + ((c - '0') * (i + 7))) % 99991;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{reissue % 10}{sum % 100000:D5}");
    }

    /// <summary>True when the 18 digits carry a right check digit.</summary>
    public static bool IsValid(string? paymentNumber) =>
        paymentNumber is { Length: 18 } n && n.All(char.IsAsciiDigit) && CheckDigit(n[..17]) == n[17];

    public static (Fund Fund, int FiscalYear, long Assessment, int Instalment)? Parse(string? paymentNumber) =>
        IsValid(paymentNumber) && Funds.FromCode(paymentNumber![..2]) is { } fund
            ? (fund, int.Parse(paymentNumber[2..6], CultureInfo.InvariantCulture), long.Parse(paymentNumber[6..15], CultureInfo.InvariantCulture),
                int.Parse(paymentNumber[15..17], CultureInfo.InvariantCulture))
            : null;

    /// <summary>Modulus 10, weights 3 and 1 alternating from the rightmost digit.</summary>
    public static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
