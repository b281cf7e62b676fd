using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>The form editor: one small form per button, each saving and redirecting back (no script needed).</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class FormModel(ProcedureBuilder builder) : BuilderPageModel(builder)
{
    private const int MaxPages = 30;
    private const int MaxFieldsPerPage = 100;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddPageAsync(string id, string? title, CancellationToken ct) =>
        ChangeAsync(id, "NewPageTitle", () =>
            BuilderInput.Problem(title, BuilderInput.ShortText, "ページの見出し") ?? (string.IsNullOrWhiteSpace(title) ? "ページの見出しを入力してください。" : null)
            ?? (Form.Pages.Count >= MaxPages ? $"ページは{MaxPages}までです。" : null),
            () => FormEdits.WithPages(Procedure, [.. Form.Pages, new PageDefinition { Id = FormEdits.NewPageId(Form), Title = title!.Trim() }]),
            "ページを追加しました。", ct);

    public Task<IActionResult> OnPostRenamePageAsync(string id, int p, string? title, CancellationToken ct) =>
        ChangeAsync(id, $"page-{p}-title", () => PageProblem(p)
            ?? BuilderInput.Problem(title, BuilderInput.ShortText, "ページの見出し") ?? (string.IsNullOrWhiteSpace(title) ? "ページの見出しを入力してください。" : null),
            () => FormEdits.WithPage(Procedure, p, page => page with { Title = title!.Trim() }),
            "ページの見出しを変えました。", ct);

    public Task<IActionResult> OnPostRemovePageAsync(string id, int p, CancellationToken ct) =>
        ChangeAsync(id, "", () => PageProblem(p), () => FormEdits.WithPages(Procedure, FormEdits.Remove(Form.Pages, p)), "ページを削除しました。", ct);

    public Task<IActionResult> OnPostMovePageAsync(string id, int p, int by, CancellationToken ct) =>
        ChangeAsync(id, "", () => PageProblem(p), () => FormEdits.WithPages(Procedure, FormEdits.Move(Form.Pages, p, Math.Sign(by))), "ページの順番を変えました。", ct);

    /// <summary>A page shown only for some answers; the condition names a field on another page, asked earlier.</summary>
    public Task<IActionResult> OnPostPageConditionAsync(string id, int p, string? showIfField, string? showIfValue, CancellationToken ct) =>
        ChangeAsync(id, $"page-{p}-showIfFieldSelect", () => PageProblem(p)
            ?? (BuilderInput.Clean(showIfField) is { } f && !EarlierFieldIds(p).Contains(f) ? "表示の条件には、前のページの項目を一覧から選んでください。" : null)
            ?? BuilderInput.Problem(showIfValue, BuilderInput.ShortText, "表示の条件の値"),
            () => FormEdits.WithPage(Procedure, p, page => page with { ShowIf = FieldInput.ConditionOf(showIfField, showIfValue) }),
            "ページを表示する条件を保存しました。", ct);

    /// <summary>Fields of the pages before page <paramref name="p"/>: a page can depend only on what was already answered.</summary>
    public IReadOnlyList<FieldDefinition> EarlierFields(int p) => Form.Pages.Take(p).SelectMany(pg => pg.Fields).ToList();

    private HashSet<string> EarlierFieldIds(int p) => EarlierFields(p).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

    public Task<IActionResult> OnPostAddFieldAsync(string id, int p, NewFieldInput field, CancellationToken ct)
    {
        var problems = field.Problems(inGroup: false);
        return ChangeAsync(id, problems.Count > 0 ? $"page-{p}-{problems[0].Key}" : "", () => PageProblem(p)
            ?? (problems.Count > 0 ? problems[0].Message : null)
            ?? (Form.Pages[p].Fields.Count >= MaxFieldsPerPage ? $"1ページの項目は{MaxFieldsPerPage}までです。" : null),
            () => FormEdits.WithPage(Procedure, p, page => page with { Fields = [.. page.Fields, field.ToField(FormEdits.NewFieldId(Form.AllFields))] }),
            "項目を追加しました。", ct);
    }

    public Task<IActionResult> OnPostRemoveFieldAsync(string id, int p, int f, CancellationToken ct) =>
        ChangeAsync(id, "", () => FieldProblem(p, f),
            () => FormEdits.WithPage(Procedure, p, page => page with { Fields = FormEdits.Remove(page.Fields, f) }), "項目を削除しました。", ct);

    public Task<IActionResult> OnPostMoveFieldAsync(string id, int p, int f, int by, CancellationToken ct) =>
        ChangeAsync(id, "", () => FieldProblem(p, f),
            () => FormEdits.WithPage(Procedure, p, page => page with { Fields = FormEdits.Move(page.Fields, f, Math.Sign(by)) }), "項目の順番を変えました。", ct);

    public Task<IActionResult> OnPostDeclarationAsync(string id, string? declaration, CancellationToken ct) =>
        ChangeAsync(id, "declaration", () => BuilderInput.Problem(declaration, BuilderInput.LongText, "申請の確認文", multiline: true),
            () => Procedure with { Form = Form with { Declaration = declaration?.Trim() ?? "" } }, "申請の確認文を保存しました。", ct);

    private string? PageProblem(int p) => FormEdits.Has(Form.Pages, p) ? null : "そのページは見つかりません。画面を開き直してください。";

    private string? FieldProblem(int p, int f) =>
        PageProblem(p) ?? (FormEdits.Has(Form.Pages[p].Fields, f) ? null : "その項目は見つかりません。画面を開き直してください。");

    private async Task<IActionResult> ChangeAsync(string id, string key, Func<string?> problem, Func<ProcedureDefinition> change, string message, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // Forged or stale numbers fail model binding; they are reported like any other mistake.
        var error = ModelState.IsValid ? problem() : "送られた内容を読み取れませんでした。画面を開き直してください。";
        if (error is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError(key, error);
            return Page();
        }
        return await SaveAsync(change(), message, $"/staff/procedures/{Procedure.Id}/form", ct);
    }
}
