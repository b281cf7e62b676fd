using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>Edits one field; page and field are 1-based positions, as staff count them.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class FieldModel(ProcedureBuilder builder) : BuilderPageModel(builder)
{
    private const int MaxSubFields = 30;

    [BindProperty] public FieldInput Input { get; set; } = new();

    public int PageNo { get; private set; }
    public int FieldNo { get; private set; }
    public FieldDefinition Field { get; private set; } = null!;

    /// <summary>Fields a condition may refer to: every other top-level field of the form.</summary>
    public IReadOnlyList<FieldDefinition> Others => Form.AllFields.Where(f => f.Id != Field.Id).ToList();

    public string FieldUrl => $"/staff/procedures/{Procedure.Id}/form/{PageNo}/{FieldNo}";

    public async Task<IActionResult> OnGetAsync(string id, string pageNo, string fieldNo, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, ct))
        {
            return NotFound();
        }
        Input = FieldInput.From(Field);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string pageNo, string fieldNo, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, ct))
        {
            return NotFound();
        }
        Input ??= new();
        foreach (var (key, message) in Input.Problems(Others.Select(f => f.Id).ToList()))
        {
            ModelState.AddModelError(key, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await SaveFieldAsync(Input.ApplyTo(Field), "項目を保存しました。", ct);
    }

    public async Task<IActionResult> OnPostAddSubFieldAsync(string id, string pageNo, string fieldNo, NewFieldInput field, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, ct) || Field.Type != FieldTypes.Group)
        {
            return NotFound();
        }
        Input = FieldInput.From(Field);
        var problems = field.Problems(inGroup: true);
        if (Field.Fields.Count >= MaxSubFields)
        {
            problems.Add(("Type", $"入力する項目は{MaxSubFields}までです。"));
        }
        if (problems.Count > 0)
        {
            ModelState.Clear();
            ModelState.AddModelError("sub-" + problems[0].Key, problems[0].Message);
            return Page();
        }
        var added = field.ToField(FormEdits.NewFieldId(Field.Fields));
        return await SaveFieldAsync(Field with { Fields = [.. Field.Fields, added] }, "入力する項目を追加しました。", ct);
    }

    public async Task<IActionResult> OnPostRemoveSubFieldAsync(string id, string pageNo, string fieldNo, int s, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, ct) || !ModelState.IsValid || !FormEdits.Has(Field.Fields, s))
        {
            return NotFound();
        }
        return await SaveFieldAsync(Field with { Fields = FormEdits.Remove(Field.Fields, s) }, "入力する項目を削除しました。", ct);
    }

    private Task<IActionResult> SaveFieldAsync(FieldDefinition changed, string message, CancellationToken ct) =>
        SaveAsync(FormEdits.WithPage(Procedure, PageNo - 1, page => page with { Fields = FormEdits.Replace(page.Fields, FieldNo - 1, changed) }), message, FieldUrl, ct);

    private async Task<bool> LoadFieldAsync(string id, string pageNo, string fieldNo, CancellationToken ct)
    {
        if (!int.TryParse(pageNo, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || !int.TryParse(fieldNo, NumberStyles.None, CultureInfo.InvariantCulture, out var f) || !await LoadAsync(id, ct)
            || !FormEdits.Has(Form.Pages, p - 1) || !FormEdits.Has(Form.Pages[p - 1].Fields, f - 1))
        {
            return false;
        }
        (PageNo, FieldNo, Field) = (p, f, Form.Pages[p - 1].Fields[f - 1]);
        return true;
    }
}
