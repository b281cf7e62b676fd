using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Catalogue;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Demo;

/// <summary>A demo dataset: its URL name, standard schema, tags and rows.</summary>
internal sealed record DemoDataset(string Name, string SchemaId, string Tags, string Frequency, Func<int, IEnumerable<(DemoPlace?, Dictionary<string, string>)>> Rows);

/// <summary>
/// The demo town's open-data site: nine standard datasets from files, 地域・年齢別人口 made live from the registry, the
/// procedure catalogue and a community-bus GTFS-JP feed. Each file goes through the same upload checks as staff uploads,
/// so a demo file that broke its schema would stop the seeding. Runs only on a catalogue without datasets.
/// </summary>
internal sealed class DemoDatasets(TsunaguDb db, DatasetEditing editing, ResourceUploads uploads, SchemaCatalogue schemas, OpenDataOptions options, TimeProvider clock) : IDemoSeeder
{
    public static readonly IReadOnlyList<DemoDataset> Files =
    [
        new("public-facilities", "public_facility", "施設,公共施設", "年1回", _ => DemoTables.PublicFacilities()),
        new("evacuation-spaces", "evacuation_space", "防災,避難", "随時", _ => DemoTables.EvacuationSpaces()),
        new("aed", "aed", "防災,医療,AED", "随時", _ => DemoTables.Aeds()),
        new("public-toilets", "public_toilet", "施設,観光,トイレ", "年1回", _ => DemoTables.Toilets()),
        new("tourism", "tourism", "観光", "年1回", _ => DemoTables.Tourism()),
        new("events", "event", "観光,イベント", "月1回", DemoTables.Events),
        new("child-care-facilities", "child_care_facility", "子育て,施設", "年1回", _ => DemoTables.ChildcareFacilities()),
        new("public-wifi", "public_wireless_lan", "施設,観光,Wi-Fi", "年1回", _ => DemoTables.WifiPoints()),
        new("fire-hydrants", "fire_hydrant", "防災,消防", "年1回", _ => DemoTables.FireHydrants()),
    ];

    public int Order => 200;

    public static byte[] CsvOf(DemoDataset demo, DatasetSchema schema, OpenDataOptions options, int year) =>
        DemoCsv.Build(schema, options.LocalGovernmentCode, options.LocalGovernmentName, demo.Rows(year));

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<Dataset>().AnyAsync(ct))
        {
            return;
        }
        var year = Platform.Time.JapanTime.Today(clock).Year;
        foreach (var demo in Files)
        {
            var schema = schemas.Find(demo.SchemaId)!;
            var dataset = await CreateAsync(demo.Name, schema.Title, schema.Description, demo.Tags, schema.Department, demo.Frequency, schema.Id, ct);
            var (result, report) = await uploads.UploadAsync(dataset, null, null, schema.FileNameFor(options.LocalGovernmentCode), CsvOf(demo, schema, options, year), Editor.System, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo dataset {demo.Name} breaks its schema: {(report?.Problems.Count > 0 ? report.Problems[0] : null)}");
            }
            await editing.MoveAsync(dataset, DatasetStatus.Published, Editor.System, ct);
        }
        var population = schemas.Find(Live.PopulationTable.SchemaId)!;
        await LiveAsync(await CreateAsync("population-by-area-age", population.Title, population.Description, "人口,統計", "jumin", "毎日", population.Id, ct),
            ResourceContent.PopulationSource, population.Title, ct);
        await LiveAsync(await CreateAsync("procedures", "行政手続の一覧", "町で受け付けている手続きの名前、担当課、オンライン申請の可否、手数料、標準処理日数です。", "手続き,行政",
            "digital", "随時", null, ct), ResourceContent.ProceduresSource, "行政手続の一覧", ct);
        var bus = await CreateAsync("community-bus-gtfs", "コミュニティバス 時刻表(GTFS-JP)", "町のコミュニティバスの停留所と時刻表です。標準的なバス情報フォーマット(GTFS-JP)で公開しています。",
            "交通,バス,GTFS", "machizukuri", "ダイヤ改正時", GtfsSchema.Id, ct);
        var (busResult, busReport) = await uploads.UploadAsync(bus, null, "GTFS-JP フィード", $"{options.LocalGovernmentCode}_gtfs-jp.zip", DemoBusFeed.Zip(year), Editor.System, ct);
        if (!busResult.Succeeded)
        {
            throw new InvalidOperationException($"Demo bus feed is not valid GTFS-JP: {(busReport?.Problems.Count > 0 ? busReport.Problems[0] : null)}");
        }
        await editing.MoveAsync(bus, DatasetStatus.Published, Editor.System, ct);
    }

    private async Task<Dataset> CreateAsync(string name, string title, string description, string tags, string department, string frequency, string? schemaId, CancellationToken ct)
    {
        var input = new DatasetInput(name, title, description, tags, department, null, frequency, "大分県玖珠郡九重町", "", "九重町 " + (Platform.StaffIdentity.Departments.Find(department)?.Name ?? "") + " 0973-76-2111", schemaId);
        var (result, dataset) = await editing.CreateAsync(input, Editor.System, ct);
        return dataset ?? throw new InvalidOperationException($"Demo dataset {name}: {result.Error?.Message}");
    }

    private async Task LiveAsync(Dataset dataset, string source, string name, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var resource = new Resource { Id = Guid.NewGuid(), DatasetId = dataset.Id, Name = name, Format = "CSV", Kind = ResourceKind.Live, LiveSource = source, CreatedAt = now, ModifiedAt = now };
        db.Add(resource);
        dataset.Resources.Add(resource);
        await db.SaveChangesAsync(ct);
        await editing.MoveAsync(dataset, DatasetStatus.Published, Editor.System, ct);
    }
}
