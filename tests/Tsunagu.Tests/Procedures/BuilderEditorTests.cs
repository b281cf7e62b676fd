using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Staff;
using static Tsunagu.Tests.Procedures.BuilderBrowser;

namespace Tsunagu.Tests.Procedures;

/// <summary>The editor's buttons, each a small form, change the working copy as staff expect.</summary>
public sealed class BuilderEditorTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    private async Task<ProcedureDefinition> WorkingCopyAsync(string id) =>
        (await factory.WithScopeAsync(async sp => await sp.GetRequiredService<ProcedureBuilder>().OpenAsync(id)))!;

    private static async Task<FetchedPage> ButtonAsync(HttpClient admin, string id, string handler, params (string, string)[] values) =>
        await PostAsync(admin, $"/staff/procedures/{id}/form?handler={handler}",
            Html.AntiforgeryToken((await Html.GetAsync(admin, $"/staff/procedures/{id}/form")).Document), values);

    [Fact]
    public async Task FormEditor_PagesAndFields_RenameMoveAndRemove()
    {
        var admin = await StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);
        await CreateAsync(admin, "editor-pages", "試験");
        await AddPageAsync(admin, "editor-pages", "一つ目");
        await AddPageAsync(admin, "editor-pages", "二つ目");
        await AddFieldAsync(admin, "editor-pages", 0, "text", "A");
        await AddFieldAsync(admin, "editor-pages", 0, "yesno", "B");
        await AddFieldAsync(admin, "editor-pages", 0, "text", "C");

        await ButtonAsync(admin, "editor-pages", "renamePage", ("p", "1"), ("title", "二ページ目"));
        await ButtonAsync(admin, "editor-pages", "movePage", ("p", "1"), ("by", "-1"));
        await ButtonAsync(admin, "editor-pages", "moveField", ("p", "1"), ("f", "2"), ("by", "-1"));
        var removed = await ButtonAsync(admin, "editor-pages", "removeField", ("p", "1"), ("f", "0"));

        Assert.Contains("項目を削除しました", Notice(removed), StringComparison.Ordinal);
        var form = (await WorkingCopyAsync("editor-pages")).Form!;
        Assert.Equal(["二ページ目", "一つ目"], form.Pages.Select(p => p.Title));
        Assert.Equal(["C", "B"], form.Pages[1].Fields.Select(f => f.Label));
        await ButtonAsync(admin, "editor-pages", "removePage", ("p", "0"));
        Assert.Single((await WorkingCopyAsync("editor-pages")).Form!.Pages);
    }

    [Fact]
    public async Task FieldEditor_ConditionsGroupsAndAttachments_AreStored()
    {
        var admin = await StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);
        await CreateAsync(admin, "editor-fields", "試験");
        await AddPageAsync(admin, "editor-fields", "ページ");
        await AddFieldAsync(admin, "editor-fields", 0, "yesno", "子どもがいますか");
        await AddFieldAsync(admin, "editor-fields", 0, "group", "子ども");

        var group = await Html.GetAsync(admin, "/staff/procedures/editor-fields/form/1/2");
        await SubmitAsync(admin, group, "/form/1/2", ("Input.ShowIfField", "q1"), ("Input.ShowIfValue", "yes"), ("Input.Max", "5"), ("Input.Prefill", "household.members"));
        await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/editor-fields/form/1/2"), "handler=addSubField",
            ("field.Type", "text"), ("field.Label", "氏名"), ("field.Required", "true"));
        var edit = await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/editor-fields/edit"), null, ("action", "add-attachment"));
        await SubmitAsync(admin, edit, null, ("Input.Attachments[0].Name", "保険証の写し"), ("Input.Attachments[0].Required", "true"));

        var d = await WorkingCopyAsync("editor-fields");
        var child = d.Form!.Pages[0].Fields[1];
        Assert.Equal(new Condition { Field = "q1", EqualsValue = "yes" }, child.ShowIf);
        Assert.Equal(5, child.Max);
        Assert.Equal("household.members", child.Prefill);
        Assert.Equal("氏名", Assert.Single(child.Fields).Label);
        var attachment = Assert.Single(d.Attachments);
        Assert.Equal(("document-1", "保険証の写し", true), (attachment.Id, attachment.Name, attachment.Required));
        var preview = await Html.GetAsync(admin, "/staff/procedures/editor-fields/preview/1");
        Assert.Contains("「子どもがいますか」で「はい」を選んだ方だけ", preview.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormEditor_PageCondition_IsStoredAndMustNameAnEarlierField()
    {
        var admin = await StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);
        await CreateAsync(admin, "editor-page-if", "試験");
        await AddPageAsync(admin, "editor-page-if", "はじめに");
        await AddPageAsync(admin, "editor-page-if", "お子さんのこと");
        await AddFieldAsync(admin, "editor-page-if", 0, "yesno", "子どもがいますか");
        await AddFieldAsync(admin, "editor-page-if", 1, "text", "子どもの氏名");

        var refused = await ButtonAsync(admin, "editor-page-if", "pageCondition", ("p", "1"), ("showIfField", "q2"), ("showIfValue", "yes"));
        Assert.Contains("前のページの項目を一覧から選んでください", refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await WorkingCopyAsync("editor-page-if")).Form!.Pages[1].ShowIf);

        var saved = await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/editor-page-if/form"), "handler=pageCondition",
            ("showIfField", "q1"), ("showIfValue", "yes"));
        Assert.Contains("ページを表示する条件を保存しました", Notice(saved), StringComparison.Ordinal);
        Assert.Equal(new Condition { Field = "q1", EqualsValue = "yes" }, (await WorkingCopyAsync("editor-page-if")).Form!.Pages[1].ShowIf);
        Assert.Equal("q1", ((AngleSharp.Html.Dom.IHtmlSelectElement)saved.Document.QuerySelector("#page-1-showIfFieldSelect")!).Value);
    }

    [Fact]
    public async Task FieldEditor_SubFieldOfAGroup_CanBeEditedAfterItWasAdded()
    {
        var admin = await StaffLogin.SignedInClientAsync(factory, "digital", StaffRoles.Admin);
        await CreateAsync(admin, "editor-sub", "試験");
        await AddPageAsync(admin, "editor-sub", "ページ");
        await AddFieldAsync(admin, "editor-sub", 0, "group", "子ども");
        await SubmitAsync(admin, await Html.GetAsync(admin, "/staff/procedures/editor-sub/form/1/1"), "handler=addSubField",
            ("field.Type", "text"), ("field.Label", "氏名"));

        var group = await Html.GetAsync(admin, "/staff/procedures/editor-sub/form/1/1");
        Assert.NotNull(group.Document.QuerySelector("a[href='/staff/procedures/editor-sub/form/1/1/1']"));
        var sub = await Html.GetAsync(admin, "/staff/procedures/editor-sub/form/1/1/1");
        Assert.Null(sub.Document.QuerySelector("#Input_ShowIfField"));
        var saved = await SubmitAsync(admin, sub, "/form/1/1/1", ("Input.Label", "お子さんの氏名"), ("Input.Required", "true"), ("Input.MaxLength", "40"));

        Assert.Contains("項目を保存しました", Notice(saved), StringComparison.Ordinal);
        var child = Assert.Single((await WorkingCopyAsync("editor-sub")).Form!.Pages[0].Fields[0].Fields);
        Assert.Equal(("お子さんの氏名", true, 40), (child.Label, child.Required, child.MaxLength));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync("/staff/procedures/editor-sub/form/1/1/2")).StatusCode);
    }
}
