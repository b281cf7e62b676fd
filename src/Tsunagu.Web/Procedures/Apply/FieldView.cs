using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>What the field partial needs to draw one field (or one field inside a group entry).</summary>
public sealed record FieldView(FieldDefinition Field, string Key, FormAnswers Answers, IReadOnlyDictionary<string, string> Errors, FormDefinition Form, bool Required)
{
    public string Id => FormLogic.HtmlId(Key);
    public string? Value => Answers[Key];
    public string? Error => Errors.GetValueOrDefault(Id);
    public string? ErrorFor(string part) => Errors.GetValueOrDefault(FormLogic.HtmlId(Key + "." + part));
    public string? Part(string part) => Answers[Key + "." + part];
    public string HintId => Id + "-hint";

    /// <summary>Where a prefilled value came from (住民記録, アカウント, 前回の申請), while it is still the prefilled value.</summary>
    public string? Source => Answers[Key + ".source"];
    public string? ConditionNote => FormLogic.ConditionNote(Field, Form);

    /// <summary>The catalogue's hint, or the usual example for the field type.</summary>
    public string? HintText => Field.Hint ?? Field.Type switch
    {
        FieldTypes.Date => "例: 令和6年4月1日、R6.4.1、2024-04-01",
        FieldTypes.PostalCode => "例: 879-4895。町内の郵便番号なら「住所を入れる」で大字まで入ります。",
        FieldTypes.Phone => "例: 0973-76-0000、090-0000-0000",
        FieldTypes.Katakana => "全角カタカナで入力してください。",
        FieldTypes.File => "PDF・JPEG・PNG のファイル(10MBまで)を選んでください。",
        _ => null,
    };

    public string DescribedBy =>
        string.Join(' ', new[] { HintText is null && ConditionNote is null && Source is null ? null : HintId, Error is null ? null : Id + "-error" }.Where(x => x is not null));
}
