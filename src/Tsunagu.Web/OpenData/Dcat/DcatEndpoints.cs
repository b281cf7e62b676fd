using Tsunagu.Web.OpenData.Catalogue;

namespace Tsunagu.Web.OpenData.Dcat;

/// <summary>/opendata/catalog.jsonld and /opendata/catalog.ttl: the whole published catalogue for DCAT harvesters.</summary>
internal static class DcatEndpoints
{
    public static void MapDcat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/opendata/catalog.jsonld", async (HttpContext http, DatasetQueries queries, OpenDataOptions options, CancellationToken ct) =>
            Results.Text(DcatWriters.JsonLd(await CatalogAsync(http, queries, options, ct)), "application/ld+json; charset=utf-8")).RequireRateLimiting(OpenDataModule.RateLimit);
        app.MapGet("/opendata/catalog.ttl", async (HttpContext http, DatasetQueries queries, OpenDataOptions options, CancellationToken ct) =>
            Results.Text(DcatWriters.Turtle(await CatalogAsync(http, queries, options, ct)), "text/turtle; charset=utf-8")).RequireRateLimiting(OpenDataModule.RateLimit);
        // One dataset, as ckanext-dcat serves /dataset/{id}.{format}: the catalogue with that dataset alone.
        app.MapGet("/opendata/datasets/{name}.jsonld", async (string name, HttpContext http, DatasetQueries queries, OpenDataOptions options, CancellationToken ct) =>
            await queries.FindPublishedAsync(name, ct) is { } d
                ? Results.Text(DcatWriters.JsonLd(DcatCatalog.From([d], queries.IsGeo, SiteUrl(http), options)), "application/ld+json; charset=utf-8")
                : Results.NotFound()).RequireRateLimiting(OpenDataModule.RateLimit);
        app.MapGet("/opendata/datasets/{name}.ttl", async (string name, HttpContext http, DatasetQueries queries, OpenDataOptions options, CancellationToken ct) =>
            await queries.FindPublishedAsync(name, ct) is { } d
                ? Results.Text(DcatWriters.Turtle(DcatCatalog.From([d], queries.IsGeo, SiteUrl(http), options)), "text/turtle; charset=utf-8")
                : Results.NotFound()).RequireRateLimiting(OpenDataModule.RateLimit);
        app.MapGet("/opendata/schemas/{id}", (string id, Schemas.SchemaCatalogue schemas) =>
            schemas.Find(id) is { } schema ? Results.Json(schema) : Results.NotFound());
    }

    private static async Task<DcatCatalog> CatalogAsync(HttpContext http, DatasetQueries queries, OpenDataOptions options, CancellationToken ct) =>
        DcatCatalog.From(await queries.PublishedAsync(ct), queries.IsGeo, SiteUrl(http), options);

    private static string SiteUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
