using System.Globalization;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

public sealed class AttachmentRow
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

/// <summary>The settings form of one procedure; numbers arrive as text so mistakes get a Japanese message.</summary>
public sealed class SettingsInput
{
    public string? Name { get; set; }
    public string? Reading { get; set; }
    public string? Summary { get; set; }
    public string? Department { get; set; }
    public string? Category { get; set; }
    public string? Subcategory { get; set; }
    public List<string> Applicants { get; set; } = [];
    public string? Assurance { get; set; }
    public List<AttachmentRow> Attachments { get; set; } = [];
    public string? Fee { get; set; }
    public string? ProcessingDays { get; set; }
    public List<string> Channels { get; set; } = [];
    public List<string> LifeEvents { get; set; } = [];
    public string? LegalBasis { get; set; }
    public string? Keywords { get; set; }
    public string? Bring { get; set; }
    public bool Published { get; set; }

    public static SettingsInput From(ProcedureDefinition d) => new()
    {
        Name = d.Name,
        Reading = d.Reading,
        Summary = d.Summary,
        Department = d.Department,
        Category = d.Category,
        Subcategory = d.Subcategory,
        Applicants = [.. d.Applicants],
        Assurance = d.Assurance,
        Attachments = d.Attachments.Select(a => new AttachmentRow { Id = a.Id, Name = a.Name, Required = a.Required, Hint = a.Hint }).ToList(),
        Fee = d.Fee?.ToString(CultureInfo.InvariantCulture),
        ProcessingDays = d.ProcessingDays.ToString(CultureInfo.InvariantCulture),
        Channels = [.. d.Channels],
        LifeEvents = [.. d.LifeEvents],
        LegalBasis = d.LegalBasis,
        Keywords = string.Join('\n', d.Keywords),
        Bring = string.Join('\n', d.Bring),
        Published = d.Published,
    };

    /// <summary>Problems keyed by the input's name; only values the catalogue could never hold are refused, gaps are left to publishing.</summary>
    public List<(string Key, string Message)> Problems()
    {
        var problems = new List<(string, string?)>
        {
            ("Input.Name", BuilderInput.Problem(Name, BuilderInput.ShortText, "手続きの名前")),
            ("Input.Reading", BuilderInput.Problem(Reading, BuilderInput.ShortText, "よみがな")),
            ("Input.Summary", BuilderInput.Problem(Summary, BuilderInput.LongText, "説明", multiline: true)),
            ("Input.Subcategory", BuilderInput.Problem(Subcategory, BuilderInput.ShortText, "小分類")),
            ("Input.LegalBasis", BuilderInput.Problem(LegalBasis, BuilderInput.ShortText, "根拠法令")),
            ("Input.Keywords", BuilderInput.LinesProblem(Keywords, "キーワード")),
            ("Input.Bring", BuilderInput.LinesProblem(Bring, "窓口に持ってくるもの")),
            ("Input.Department", Departments.Find(Department ?? "")?.Code == Department ? null : "担当課を一覧から選んでください。"),
            ("Input.Category", Vocabulary.Categories.Contains(Category ?? "") ? null : "分類を一覧から選んでください。"),
            ("Input.Assurance", Vocabulary.Assurances.Contains(Assurance ?? "") ? null : "本人確認の方法を選んでください。"),
            ("Input.Applicants", Applicants.All(Vocabulary.Applicants.Contains) ? null : "申請できる人を一覧から選んでください。"),
            ("Input.Channels", Channels.All(ProcedureChannels.All.Contains) ? null : "申請の方法を一覧から選んでください。"),
            ("Input.LifeEvents", LifeEvents.All(Vocabulary.LifeEvents.Contains) ? null : "関係するできごとを一覧から選んでください。"),
            ("Input.Fee", Fee is null || (int.TryParse(Fee.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var fee) && fee <= 10_000_000) ? null : "手数料は0以上の整数(円)で入力してください。"),
            ("Input.ProcessingDays", ProcessingDays is null || (int.TryParse(ProcessingDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 3650) ? null : "標準処理期間は0以上の日数で入力してください。"),
            ("Input.Attachments", Attachments.Count <= 30 ? null : "添付書類は30件までにしてください。"),
        };
        for (var i = 0; i < Math.Min(Attachments.Count, 30); i++)
        {
            problems.Add(($"Input.Attachments[{i}].Name", BuilderInput.Problem(Attachments[i].Name, BuilderInput.ShortText, $"添付書類{i + 1}の名前")));
            problems.Add(($"Input.Attachments[{i}].Hint", BuilderInput.Problem(Attachments[i].Hint, BuilderInput.LongText, $"添付書類{i + 1}の説明")));
        }
        return problems.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!)).ToList();
    }

    /// <summary>The definition with these settings; call only when <see cref="Problems"/> is empty.</summary>
    public ProcedureDefinition ApplyTo(ProcedureDefinition d) => d with
    {
        Name = Name?.Trim() ?? "",
        Reading = Reading?.Trim() ?? "",
        Summary = Summary?.Trim() ?? "",
        Department = Department ?? "",
        Category = Category ?? "",
        Subcategory = BuilderInput.Clean(Subcategory),
        Applicants = Vocabulary.Applicants.Where(Applicants.Contains).ToList(),
        Assurance = Assurance ?? "",
        Attachments = AttachmentsWithIds(),
        Fee = Fee is null ? null : int.Parse(Fee.Trim(), CultureInfo.InvariantCulture),
        ProcessingDays = ProcessingDays is null ? 0 : int.Parse(ProcessingDays.Trim(), CultureInfo.InvariantCulture),
        Channels = ProcedureChannels.All.Where(Channels.Contains).ToList(),
        LifeEvents = Vocabulary.LifeEvents.Where(LifeEvents.Contains).ToList(),
        LegalBasis = BuilderInput.Clean(LegalBasis),
        Keywords = BuilderInput.Lines(Keywords),
        Bring = BuilderInput.Lines(Bring),
        Published = Published,
    };

    /// <summary>Rows keep their id; new rows get one, since staff never see attachment ids.</summary>
    private List<AttachmentDefinition> AttachmentsWithIds()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<AttachmentDefinition>();
        foreach (var a in Attachments)
        {
            var id = a.Id is { Length: > 0 and <= 60 } existing && existing.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && used.Add(existing)
                ? existing
                : Enumerable.Range(1, int.MaxValue).Select(n => $"document-{n}").First(used.Add);
            result.Add(new AttachmentDefinition(id, a.Name?.Trim() ?? "", a.Required, BuilderInput.Clean(a.Hint)));
        }
        return result;
    }
}
