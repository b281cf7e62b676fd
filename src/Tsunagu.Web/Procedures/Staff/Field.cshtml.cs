using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>
/// Edits one field, or one field inside a group when <c>subNo</c> is given; positions are 1-based, as staff count them.
/// </summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class FieldModel(ProcedureBuilder builder) : BuilderPageModel(builder)
{
    private const int MaxSubFields = 30;

    [BindProperty] public FieldInput Input { get; set; } = new();

    public int PageNo { get; private set; }
    public int FieldNo { get; private set; }
    public int? SubNo { get; private set; }
    public FieldDefinition Field { get; private set; } = null!;

    /// <summary>The group holding the field being edited, when it is a sub-field.</summary>
    public FieldDefinition? Group { get; private set; }

    /// <summary>Fields a condition may refer to: every other top-level field of the form.</summary>
    public IReadOnlyList<FieldDefinition> Others => Group is null ? Form.AllFields.Where(f => f.Id != Field.Id).ToList() : [];

    public string FieldUrl => $"/staff/procedures/{Procedure.Id}/form/{PageNo}/{FieldNo}" + (SubNo is { } s ? $"/{s}" : "");

    public string GroupUrl => $"/staff/procedures/{Procedure.Id}/form/{PageNo}/{FieldNo}";

    public async Task<IActionResult> OnGetAsync(string id, string pageNo, string fieldNo, string? subNo, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, subNo, ct))
        {
            return NotFound();
        }
        Input = FieldInput.From(Field);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string pageNo, string fieldNo, string? subNo, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, subNo, ct))
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
        // Sub-field conditions are not edited here; keep what an imported file gave them.
        var changed = Group is null ? Input.ApplyTo(Field) : Input.ApplyTo(Field) with { ShowIf = Field.ShowIf, RequiredIf = Field.RequiredIf };
        return await SaveFieldAsync(changed, "項目を保存しました。", ct);
    }

    public async Task<IActionResult> OnPostAddSubFieldAsync(string id, string pageNo, string fieldNo, NewFieldInput field, CancellationToken ct)
    {
        if (!await LoadFieldAsync(id, pageNo, fieldNo, null, ct) || Field.Type != FieldTypes.Group)
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
        if (!await LoadFieldAsync(id, pageNo, fieldNo, null, ct) || !ModelState.IsValid || !FormEdits.Has(Field.Fields, s))
        {
            return NotFound();
        }
        return await SaveFieldAsync(Field with { Fields = FormEdits.Remove(Field.Fields, s) }, "入力する項目を削除しました。", ct);
    }

    private Task<IActionResult> SaveFieldAsync(FieldDefinition changed, string message, CancellationToken ct)
    {
        var top = Group is { } g && SubNo is { } s ? g with { Fields = FormEdits.Replace(g.Fields, s - 1, changed) } : changed;
        return SaveAsync(FormEdits.WithPage(Procedure, PageNo - 1, page => page with { Fields = FormEdits.Replace(page.Fields, FieldNo - 1, top) }), message, FieldUrl, ct);
    }

    private async Task<bool> LoadFieldAsync(string id, string pageNo, string fieldNo, string? subNo, CancellationToken ct)
    {
        if (!Position(pageNo, out var p) || !Position(fieldNo, out var f) || !await LoadAsync(id, ct)
            || !FormEdits.Has(Form.Pages, p - 1) || !FormEdits.Has(Form.Pages[p - 1].Fields, f - 1))
        {
            return false;
        }
        (PageNo, FieldNo, Field) = (p, f, Form.Pages[p - 1].Fields[f - 1]);
        if (subNo is null)
        {
            return true;
        }
        if (!Position(subNo, out var s) || Field.Type != FieldTypes.Group || !FormEdits.Has(Field.Fields, s - 1))
        {
            return false;
        }
        (SubNo, Group, Field) = (s, Field, Field.Fields[s - 1]);
        return true;
    }

    private static bool Position(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
