using System.Globalization;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.OpenData.Api;

/// <summary>Catalogue entries as CKAN dictionaries, with CKAN's field names so that CKAN clients read them unchanged.</summary>
internal static class CkanDictionaries
{
    public static Dictionary<string, object?> Package(Dataset d, bool geo, string siteUrl, Func<string, int> packageCount)
    {
        var resources = Distributions.Of(d, geo, siteUrl).Select((r, i) => Resource(d, r, i)).ToList();
        return new()
        {
            ["id"] = d.Id.ToString(),
            ["name"] = d.Name,
            ["title"] = d.Title,
            ["notes"] = d.Description,
            ["type"] = "dataset",
            ["state"] = "active",
            ["private"] = false,
            ["url"] = $"{siteUrl}/opendata/datasets/{d.Name}",
            ["version"] = null,
            ["license_id"] = d.Licence,
            ["license_title"] = d.Licence == Dataset.DefaultLicence ? "クリエイティブ・コモンズ 表示 4.0 国際" : d.Licence,
            ["license_url"] = d.Licence == Dataset.DefaultLicence ? "https://creativecommons.org/licenses/by/4.0/deed.ja" : null,
            ["author"] = Departments.Find(d.Department)?.Name,
            ["author_email"] = null,
            ["maintainer"] = d.Contact,
            ["maintainer_email"] = null,
            ["metadata_created"] = Time(d.CreatedAt),
            ["metadata_modified"] = Time(d.ModifiedAt),
            ["owner_org"] = d.Department,
            ["organization"] = Organization(d.Department, packageCount),
            ["tags"] = d.TagList.Select(t => new Dictionary<string, object?> { ["name"] = t, ["display_name"] = t, ["state"] = "active", ["vocabulary_id"] = null }).ToList(),
            ["num_tags"] = d.TagList.Count,
            ["resources"] = resources,
            ["num_resources"] = resources.Count,
            ["groups"] = Array.Empty<object>(),
            ["extras"] = new[] { ("update_frequency", d.UpdateFrequency), ("spatial_text", d.SpatialCoverage), ("temporal_coverage", d.TemporalCoverage), ("conforms_to", d.SchemaId ?? "") }
                .Where(x => x.Item2.Length > 0).Select(x => new Dictionary<string, string> { ["key"] = x.Item1, ["value"] = x.Item2 }).ToList(),
            ["relationships_as_object"] = Array.Empty<object>(),
            ["relationships_as_subject"] = Array.Empty<object>(),
        };
    }

    public static Dictionary<string, object?> Resource(Dataset d, Distribution r, int position)
    {
        var version = r.Resource.Current;
        return new()
        {
            ["id"] = r.Id,
            ["package_id"] = d.Id.ToString(),
            ["name"] = $"{r.Resource.Name} ({r.Format})",
            ["description"] = r.Resource.Description,
            ["url"] = r.Url,
            ["format"] = r.Format,
            ["mimetype"] = r.MediaType,
            ["size"] = r.Size,
            ["hash"] = r.Format is "CSV" or "ZIP" && version is not null ? "sha256:" + version.Sha256 : "",
            ["created"] = Time(r.Resource.CreatedAt),
            ["last_modified"] = Time(version?.UploadedAt ?? r.Resource.ModifiedAt),
            ["position"] = position,
            ["resource_type"] = r.Resource.Kind == ResourceKind.Live ? "api" : "file",
            ["url_type"] = null,
            ["datastore_active"] = false,
            ["state"] = "active",
        };
    }

    public static Dictionary<string, object?> Organization(string code, Func<string, int> packageCount)
    {
        var department = Departments.Find(code);
        return new()
        {
            ["id"] = code,
            ["name"] = code,
            ["title"] = department?.Name ?? code,
            ["display_name"] = department?.Name ?? code,
            ["description"] = department is null ? "" : $"九重町 {department.Name} ({department.EnglishName})",
            ["type"] = "organization",
            ["is_organization"] = true,
            ["state"] = "active",
            ["approval_status"] = "approved",
            ["image_url"] = "",
            ["package_count"] = packageCount(code),
        };
    }

    /// <summary>CKAN writes times as naive UTC ISO 8601 with microseconds.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}
