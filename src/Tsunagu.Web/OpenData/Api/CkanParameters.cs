using System.Globalization;
using System.Text.RegularExpressions;
using Tsunagu.Web.OpenData.Catalogue;

namespace Tsunagu.Web.OpenData.Api;

/// <summary>Reading CKAN's parameters with CKAN's validation messages.</summary>
internal static partial class CkanParameters
{
    /// <summary>CKAN's ckan.search.rows_max default.</summary>
    public const int RowsMax = 1000;

    public static CkanError? Natural(Dictionary<string, string> p, string name, int fallback, out int value)
    {
        value = fallback;
        if (!p.TryGetValue(name, out var text) || text.Length == 0)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return CkanError.Validation(name, "Invalid integer");
        }
        return value < 0 ? CkanError.Validation(name, "Must be a natural number") : null;
    }

    public static bool Flag(Dictionary<string, string> p, string name) =>
        p.TryGetValue(name, out var v) && v.ToLowerInvariant() is "true" or "1" or "yes" or "on";

    /// <summary>The sorts package_search understands; CKAN's default is relevance then last change.</summary>
    public static string? Sort(string? text) => (text?.Trim().ToLowerInvariant() ?? "") switch
    {
        "" or "score desc, metadata_modified desc" or "metadata_modified desc" => DatasetFilter.ByModified,
        "title_string asc" or "title asc" => DatasetFilter.ByTitle,
        "name asc" => DatasetFilter.ByName,
        _ => null,
    };

    /// <summary>
    /// The filter queries CKAN clients send: field:value terms joined by spaces or AND, values optionally in quotes
    /// (tags:防災 organization:bosai res_format:"CSV"). Unknown fields are a search error, as in CKAN's Solr.
    /// </summary>
    public static (Dictionary<string, string> Terms, CkanError? Error) FilterQuery(string? fq)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in FqTerm().Matches(fq ?? ""))
        {
            var field = m.Groups["field"].Value.TrimStart('+');
            var value = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            if (field is not ("tags" or "organization" or "res_format" or "name"))
            {
                return (terms, CkanError.Search($"Can not filter on field: {field}"));
            }
            terms[field] = value;
        }
        return (terms, null);
    }

    /// <summary>
    /// CKAN's q also takes Solr field terms (q=tags:防災); the fields the catalogue filters on become filters, the rest
    /// stays free text. "*:*" means everything.
    /// </summary>
    public static (string? Text, Dictionary<string, string> Terms) Query(string? q)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        if (q is null || q.Trim() == "*:*")
        {
            return (null, terms);
        }
        var text = FqTerm().Replace(q, m =>
        {
            var field = m.Groups["field"].Value.TrimStart('+');
            if (field is not ("tags" or "organization" or "res_format" or "name"))
            {
                return m.Value;
            }
            terms[field] = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            return " ";
        }).Trim();
        return (text.Length == 0 ? null : text, terms);
    }

    [GeneratedRegex("""(?<field>\+?[a-z_]+):(?:"(?<quoted>[^"]*)"|(?<bare>[^\s"]+))""")]
    private static partial Regex FqTerm();
}
