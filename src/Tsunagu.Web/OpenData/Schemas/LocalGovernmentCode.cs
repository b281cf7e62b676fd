namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>全国地方公共団体コード: five digits and a JIS X 0402 check digit.</summary>
public static class LocalGovernmentCode
{
    private static readonly int[] s_weights = [6, 5, 4, 3, 2];

    /// <summary>The check digit of a five-digit code: (11 − Σ(dᵢ × 6,5,4,3,2) mod 11) mod 10.</summary>
    public static int CheckDigit(ReadOnlySpan<char> fiveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (fiveDigits[i] - '0') * s_weights[i];
        }
        return (11 - (sum % 11)) % 10;
    }

    public static bool IsValid(string value) =>
        value.Length == 6 && value.All(char.IsAsciiDigit) && CheckDigit(value.AsSpan(0, 5)) == value[5] - '0';
}
