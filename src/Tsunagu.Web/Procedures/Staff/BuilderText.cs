namespace Tsunagu.Web.Procedures.Staff;

/// <summary>Japanese names for the catalogue's codes, as staff see them in the builder.</summary>
public static class BuilderText
{
    public static readonly IReadOnlyList<(string Code, string Name)> FieldTypes =
    [
        (Forms.FieldTypes.Text, "1行の文字"),
        (Forms.FieldTypes.Textarea, "複数行の文章"),
        (Forms.FieldTypes.Katakana, "カタカナ"),
        (Forms.FieldTypes.Number, "数"),
        (Forms.FieldTypes.Money, "金額(円)"),
        (Forms.FieldTypes.Date, "日付"),
        (Forms.FieldTypes.PostalCode, "郵便番号"),
        (Forms.FieldTypes.Address, "住所"),
        (Forms.FieldTypes.Phone, "電話番号"),
        (Forms.FieldTypes.Email, "メールアドレス"),
        (Forms.FieldTypes.Select, "選択肢から1つ(一覧から選ぶ)"),
        (Forms.FieldTypes.Radio, "選択肢から1つ(ボタンで選ぶ)"),
        (Forms.FieldTypes.Checkbox, "選択肢からいくつでも"),
        (Forms.FieldTypes.YesNo, "はい・いいえ"),
        (Forms.FieldTypes.BankAccount, "振込先の口座"),
        (Forms.FieldTypes.File, "添付ファイル"),
        (Forms.FieldTypes.Group, "くり返しの入力(子どもなど)"),
        (Forms.FieldTypes.Consent, "同意のチェック"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> PrefillSources =
    [
        ("resident.name", "氏名"),
        ("resident.kana", "氏名のフリガナ"),
        ("resident.birthDate", "生年月日"),
        ("resident.sex", "性別"),
        ("resident.postalCode", "郵便番号"),
        ("resident.address", "住所"),
        ("resident.email", "メールアドレス"),
        ("resident.phone", "電話番号"),
        ("household.members", "世帯の人(くり返しの入力に)"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> Assurances =
    [
        ("none", "確認なし"),
        ("account", "つなぐのアカウント"),
        ("card-login", "マイナンバーカードでログイン"),
        ("card-signature", "マイナンバーカードで電子署名"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> FileKinds = [("pdf", "PDF"), ("jpeg", "JPEG"), ("png", "PNG")];

    public static string FieldTypeName(string code) => FieldTypes.FirstOrDefault(t => t.Code == code).Name ?? code;

    public static bool HasOptions(string type) => Forms.FieldTypes.WithOptions.Contains(type);

    public static bool IsTextLike(string type) =>
        type is Forms.FieldTypes.Text or Forms.FieldTypes.Textarea or Forms.FieldTypes.Katakana or Forms.FieldTypes.Address;
}
