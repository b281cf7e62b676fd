using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Live;

namespace Tsunagu.Web.OpenData.Formats;

/// <summary>The rows of a resource: a stored version's CSV, or a live export made now.</summary>
public sealed class ResourceContent(OpenDataFiles files, PopulationTable population, ProcedureTable procedures)
{
    public const string PopulationSource = "population";
    public const string ProceduresSource = "procedures";

    public static readonly IReadOnlyList<string> LiveSources = [PopulationSource, ProceduresSource];

    public async Task<(IReadOnlyList<string> Header, List<string[]> Rows)?> TableAsync(Resource resource, ResourceVersion? version, string siteUrl, CancellationToken ct)
    {
        if (resource.Kind == ResourceKind.Live)
        {
            return resource.LiveSource switch
            {
                PopulationSource => await population.BuildAsync(ct),
                ProceduresSource => procedures.Build(siteUrl),
                _ => null,
            };
        }
        if (version is null || resource.Format != "CSV" || files.Open(version.Sha256) is not { } stream)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await using (stream)
        {
            await stream.CopyToAsync(buffer, ct);
        }
        return CsvFormat.Read(buffer.ToArray());
    }
}
