using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Tsunagu.Tests.Support;

namespace Tsunagu.Tests.Procedures;

/// <summary>Drives the form builder's pages like a browser without JavaScript: many small forms per page, picked by their action.</summary>
internal static class BuilderBrowser
{
    /// <summary>Submits the post form whose action contains <paramref name="action"/> (null: the form without an action), with its current values overridden.</summary>
    public static async Task<FetchedPage> SubmitAsync(HttpClient client, FetchedPage page, string? action, params (string Name, string Value)[] values)
    {
        var form = page.Document.QuerySelectorAll<IHtmlFormElement>("main form")
            .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(f => action is null ? string.IsNullOrEmpty(f.GetAttribute("action")) : (f.GetAttribute("action") ?? "").Contains(action, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no form '{action}' on {page.Path}: {page.Document.QuerySelector("h1")?.TextContent}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement i when !string.IsNullOrEmpty(i.Name) && i.Type is not ("submit" or "file") && (i.Type is not ("checkbox" or "radio") || i.IsChecked):
                    fields.Add(new(i.Name!, i.Value));
                    break;
                case IHtmlSelectElement s when !string.IsNullOrEmpty(s.Name):
                    fields.Add(new(s.Name!, (s.SelectedOptions.Length > 0 ? s.SelectedOptions[0].Value : s.Options.Length > 0 ? s.Options[0]!.Value : "")));
                    break;
                case IHtmlTextAreaElement t when !string.IsNullOrEmpty(t.Name):
                    fields.Add(new(t.Name!, t.Value));
                    break;
            }
        }
        var overridden = values.Select(v => v.Name).ToHashSet();
        fields.RemoveAll(f => overridden.Contains(f.Key));
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        var url = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.PathAndQuery : form.GetAttribute("action")!;
        return await Html.ParseAsync(await client.PostAsync(url, new FormUrlEncodedContent(fields)));
    }

    public static async Task<FetchedPage> PostAsync(HttpClient client, string url, string token, params (string Name, string Value)[] values)
    {
        var fields = values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)).Append(new("__RequestVerificationToken", token));
        return await Html.ParseAsync(await client.PostAsync(url, new FormUrlEncodedContent(fields)));
    }

    public static async Task<FetchedPage> CreateAsync(HttpClient client, string id, string name, string department = "digital", string category = "情報") =>
        await SubmitAsync(client, await Html.GetAsync(client, "/staff/procedures"), "handler=create",
            ("NewId", id), ("NewName", name), ("NewDepartment", department), ("NewCategory", category));

    /// <summary>Fills the settings that publishing needs and takes applications online.</summary>
    public static async Task<FetchedPage> SetOnlineAsync(HttpClient client, string id) =>
        await SubmitAsync(client, await Html.GetAsync(client, $"/staff/procedures/{id}/edit"), null,
            ("Input.Reading", "しけんのてつづき"), ("Input.Summary", "試験のための手続きです。"), ("Input.ProcessingDays", "7"),
            ("Input.Channels", "online"), ("Input.Channels", "counter"), ("Input.Published", "true"));

    public static async Task<FetchedPage> AddPageAsync(HttpClient client, string id, string title) =>
        await SubmitAsync(client, await Html.GetAsync(client, $"/staff/procedures/{id}/form"), "handler=addPage", ("title", title));

    public static async Task<FetchedPage> AddFieldAsync(HttpClient client, string id, int pageIndex, string type, string label, bool required = false, string options = "") =>
        await SubmitAsync(client, await Html.GetAsync(client, $"/staff/procedures/{id}/form"), "handler=addField",
            ("p", pageIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("field.Type", type), ("field.Label", label),
            ("field.Required", required ? "true" : "false"), ("field.Options", options));

    public static async Task<FetchedPage> SetDeclarationAsync(HttpClient client, string id) =>
        await SubmitAsync(client, await Html.GetAsync(client, $"/staff/procedures/{id}/form"), "handler=declaration",
            ("declaration", "上記のとおり申請します。"));

    public static async Task<FetchedPage> PublishAsync(HttpClient client, string id) =>
        await SubmitAsync(client, await Html.GetAsync(client, $"/staff/procedures/{id}/edit"), $"/staff/procedures/{id}/publish");

    public static string Notice(FetchedPage page) => page.Document.QuerySelector(".notification-success")?.TextContent.Trim() ?? "";
}
