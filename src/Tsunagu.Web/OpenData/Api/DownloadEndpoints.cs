using Microsoft.Net.Http.Headers;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData.Api;

/// <summary>Downloads of published resources: /opendata/datasets/{name}/resources/{id}.{csv|json|geojson|zip}[?version=N].</summary>
internal static class DownloadEndpoints
{
    public static void MapOpenDataDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/opendata/datasets/{name}/resources/{id:guid}.{extension}", DownloadAsync).RequireRateLimiting(OpenDataModule.RateLimit);

    private static async Task<IResult> DownloadAsync(string name, Guid id, string extension, int? version, HttpContext http,
        DatasetQueries queries, ResourceContent content, OpenDataFiles files, SchemaCatalogue schemas, OpenDataOptions options, CancellationToken ct)
    {
        var dataset = await queries.FindPublishedAsync(name, ct);
        var resource = dataset?.Resources.FirstOrDefault(r => r.Id == id);
        var format = resource is null ? null : Distributions.FormatsOf(resource, queries.IsGeo(dataset!)).FirstOrDefault(f => Distributions.Extension(f) == extension);
        if (dataset is null || resource is null || format is null)
        {
            return Results.NotFound();
        }
        var chosen = version is { } n ? resource.Versions.FirstOrDefault(v => v.Number == n) : resource.Current;
        if (resource.Kind == ResourceKind.Upload && chosen is null)
        {
            return Results.NotFound();
        }
        var baseName = schemas.Find(dataset.SchemaId) is { } schema && resource.Position == 0
            ? Path.GetFileNameWithoutExtension(schema.FileNameFor(options.LocalGovernmentCode))
            : $"{options.LocalGovernmentCode}_{dataset.Name}" + (resource.Position > 0 ? $"_{resource.Position + 1}" : "");
        var fileName = baseName + (version is null ? "" : $"_v{version}") + "." + extension;
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        if (format is "CSV" or "ZIP" && resource.Kind == ResourceKind.Upload && files.Open(chosen!.Sha256) is { } stored)
        {
            return Results.Stream(stored, Distributions.MediaType(format) + (format == "CSV" ? "; charset=utf-8" : ""), lastModified: chosen.UploadedAt,
                entityTag: new EntityTagHeaderValue($"\"{chosen.Sha256}\""));
        }
        var table = await content.TableAsync(resource, chosen, $"{http.Request.Scheme}://{http.Request.Host}", ct);
        if (table is not { } t)
        {
            return Results.NotFound();
        }
        // Written to memory first: the CSV and JSON writers are synchronous, which Kestrel refuses on the response stream.
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "CSV": CsvFormat.Write(buffer, t.Header, t.Rows); break;
            case "GeoJSON": JsonFormats.WriteGeoJson(buffer, t.Header, t.Rows); break;
            default: JsonFormats.WriteJson(buffer, t.Header, t.Rows); break;
        }
        return Results.Bytes(buffer.ToArray(), Distributions.MediaType(format) + "; charset=utf-8");
    }
}
