using System.Text;

namespace Tsunagu.Web.Platform.Japanese;

/// <summary>Kana folding and width normalisation, so じゅうみんひょう, ｼﾞｭｳﾐﾝﾋｮｳ and ジュウミンヒョウ compare equal.</summary>
public static class Kana
{
    /// <summary>
    /// NFKC (half-width → full-width katakana, full-width → ASCII digits), hiragana → katakana,
    /// spaces (including 全角スペース) removed.
    /// </summary>
    public static string FoldForSearch(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            sb.Append(c is >= 'ぁ' and <= 'ゖ' ? (char)(c + 0x60) : c);
        }
        return sb.ToString();
    }

    /// <summary>True when the text is katakana (with ー and spaces) only, as a フリガナ field must be.</summary>
    public static bool IsKatakana(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Normalize(NormalizationForm.FormKC).All(c => c is (>= 'ァ' and <= 'ヶ') or 'ー' or 'ヽ' or 'ヾ' or ' ' or '　');
}
