using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>The "add a field" mini-form of the editor, used for page fields and for group sub-fields.</summary>
public sealed class NewFieldInput
{
    public string? Type { get; set; }
    public string? Label { get; set; }
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public string? Options { get; set; }

    /// <summary>Missing options are allowed here: the form is saved as it is and publishing names what is missing.</summary>
    public List<(string Key, string Message)> Problems(bool inGroup)
    {
        var problems = new List<(string, string?)>
        {
            ("Type", FieldTypes.All.Contains(Type ?? "") && !(inGroup && Type == FieldTypes.Group) ? null : "項目の種類を一覧から選んでください。"),
            ("Label", string.IsNullOrWhiteSpace(Label) ? "質問の文を入力してください。" : BuilderInput.Problem(Label, BuilderInput.ShortText, "質問の文")),
            ("Hint", BuilderInput.Problem(Hint, BuilderInput.LongText, "説明", multiline: true)),
            ("Options", BuilderInput.LinesProblem(Options, "選択肢")),
        };
        return problems.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!)).ToList();
    }

    public FieldDefinition ToField(string id) => new()
    {
        Id = id,
        Type = Type!,
        Label = Label!.Trim(),
        Required = Required,
        Hint = BuilderInput.Clean(Hint),
        Options = FieldTypes.WithOptions.Contains(Type!) ? BuilderInput.Lines(Options) : [],
    };
}
