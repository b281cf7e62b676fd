using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Api;

/// <summary>The machine-readable catalogue that other municipalities and the KPI dashboard read.</summary>
internal static class ProcedureApi
{
    public sealed record ProcedureListItem(
        string Id, string Name, string Reading, string Category, string? Subcategory, string Department,
        string Assurance, bool Online, int? Fee, int ProcessingDays, IReadOnlyList<string> Channels, int Version);

    public static void MapProcedureApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/procedures").WithTags("Procedures");
        api.MapGet("/", (ProcedureCatalogue catalogue, string? q, string? category, string? department, string? lifeEvent) =>
            ProcedureSearch.Find(catalogue.Published, new ProcedureFilter(q, category, department, lifeEvent))
                .Select(p => new ProcedureListItem(p.Id, p.Name, p.Reading, p.Category, p.Subcategory, p.Department,
                    p.Assurance, p.IsOnline, p.Fee, p.ProcessingDays, p.Channels, p.Version)));
        api.MapGet("/statistics", (Contracts.IProcedureStatistics statistics) => statistics.Count());
        api.MapGet("/{id}", (string id, ProcedureCatalogue catalogue) =>
            catalogue.Find(id) is { Published: true } p
                ? Results.Text(CatalogueFiles.Serialize(p), "application/json; charset=utf-8")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Procedure not found", detail: $"No published procedure has the id '{id}'."));
    }
}
