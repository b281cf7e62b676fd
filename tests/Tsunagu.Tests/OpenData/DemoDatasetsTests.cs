using Tsunagu.Web.OpenData;
using Tsunagu.Web.OpenData.Demo;
using Tsunagu.Web.OpenData.Gtfs;
using Tsunagu.Web.OpenData.Live;

namespace Tsunagu.Tests.OpenData;

public sealed class DemoDatasetsTests
{
    public static TheoryData<string> DemoNames()
    {
        var data = new TheoryData<string>();
        foreach (var d in DemoDatasets.Files)
        {
            data.Add(d.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoNames))]
    public void DemoFile_IsValidAgainstItsSchema(string name)
    {
        var demo = DemoDatasets.Files.Single(d => d.Name == name);
        var schema = SampleRows.Schemas.Find(demo.SchemaId)!;

        var report = SampleRows.Validator.Validate(schema, DemoDatasets.CsvOf(demo, schema, new OpenDataOptions(), 2026));

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.InRange(report.RowCount, 5, 100);
    }

    [Fact]
    public void DemoFiles_WithThePopulationDataset_AreTen()
    {
        Assert.Equal(9, DemoDatasets.Files.Select(d => d.SchemaId).Distinct().Count());
        Assert.NotNull(SampleRows.Schemas.Find(PopulationTable.SchemaId));
    }

    [Fact]
    public void DemoBusFeed_IsValidGtfsJp()
    {
        var report = GtfsValidator.Validate(DemoBusFeed.Zip(2026));

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
    }

    [Fact]
    public void GtfsValidator_MissingFileAndEmptyField_AreReported()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("agency.txt").Open());
            writer.Write("agency_id,agency_name,agency_url,agency_timezone,agency_lang\r\n1,九重町,,Asia/Tokyo,ja\r\n");
        }

        var report = GtfsValidator.Validate(buffer.ToArray());

        Assert.Contains(report.Problems, p => p.Column == "stops.txt" && p.Message == "必須のファイルがありません。");
        Assert.Contains(report.Problems, p => p.Line == 2 && p.Column == "agency.txt agency_url");
    }
}
