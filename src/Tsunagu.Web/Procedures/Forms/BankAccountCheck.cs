using System.Text;

namespace Tsunagu.Web.Procedures.Forms;

/// <summary>
/// 金融機関コード (4 digits), 支店コード (3 digits), 種目 (普通/当座), 口座番号 (up to 7 digits, zero-padded as
/// banks print them) and 名義 (カナ, as transfer files require).
/// </summary>
public static class BankAccountCheck
{
    public static readonly IReadOnlyList<string> Kinds = ["普通", "当座"];

    public static IEnumerable<(string Part, string Error)> Read(string label, string key, IFormCollection posted, FormAnswers answers)
    {
        var errors = new List<(string, string)>();
        string Get(string part) => FieldCheck.Clean(posted[$"{key}.{part}"].ToString()).Normalize(NormalizationForm.FormKC);
        var (bank, branch, kind, number, holder) = (Get("bank"), Get("branch"), Get("kind"), Get("number"), Get("holder"));
        if (bank.Length + branch.Length + number.Length + holder.Length == 0)
        {
            foreach (var part in new[] { "bank", "branch", "kind", "number", "holder" })
            {
                answers.Set($"{key}.{part}", null);
            }
            return errors;
        }
        void Part(string part, string value, bool ok, string message)
        {
            answers.Set($"{key}.{part}", value.Length > 100 ? value[..100] : value);
            if (!ok)
            {
                errors.Add((part, $"{label}の{message}"));
            }
        }
        Part("bank", bank, bank.Length == 4 && bank.All(char.IsAsciiDigit), "金融機関コードは4けたの数字で入力してください。");
        Part("branch", branch, branch.Length == 3 && branch.All(char.IsAsciiDigit), "支店コードは3けたの数字で入力してください。");
        Part("kind", kind, Kinds.Contains(kind), "種目(普通・当座)を選んでください。");
        var padded = number.Length is > 0 and <= 7 && number.All(char.IsAsciiDigit) ? number.PadLeft(7, '0') : number;
        Part("number", padded, padded.Length == 7 && padded.All(char.IsAsciiDigit), "口座番号は7けた以内の数字で入力してください。");
        var kana = holder.Replace(' ', '　');
        Part("holder", kana, Platform.Japanese.Kana.IsKatakana(kana), "名義はカタカナで入力してください。");
        answers.Set($"{key}.invalid", errors.Count > 0 ? "1" : null);
        return errors;
    }
}
