using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Tsunagu.Tests.Support;

/// <summary>A fetched page: where it ended up, its status and its parsed document.</summary>
public sealed record FetchedPage(string Path, string PathAndQuery, System.Net.HttpStatusCode Status, IDocument Document);

/// <summary>Reads pages with AngleSharp and submits their forms as a browser without JavaScript would.</summary>
public static class Html
{
    public static async Task<FetchedPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<FetchedPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        var uri = response.RequestMessage!.RequestUri!;
        return new FetchedPage(uri.AbsolutePath, uri.PathAndQuery, response.StatusCode, document);
    }

    /// <summary>Loads the page, fills the first form that has a submit button inside main, and posts it.</summary>
    public static async Task<FetchedPage> SubmitFormAsync(HttpClient client, string url, Dictionary<string, string> values) =>
        await SubmitFormAsync(client, await GetAsync(client, url), values);

    public static async Task<FetchedPage> SubmitFormAsync(HttpClient client, FetchedPage page, Dictionary<string, string> values)
    {
        var form = page.Document.QuerySelectorAll<IHtmlFormElement>("main form").FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"no form on {page.Path}");
        // Like a browser: unticked boxes and radios send nothing.
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit" && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (k, v) in values)
        {
            fields[k] = v;
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.PathAndQuery : form.GetAttribute("action")!;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return await ParseAsync(response);
    }

    public static string AntiforgeryToken(IDocument doc) =>
        doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
}
