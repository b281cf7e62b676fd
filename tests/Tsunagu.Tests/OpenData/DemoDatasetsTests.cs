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

    [Fact]
    public void GtfsValidator_StopTimeOfAnUnknownStop_IsReported()
    {
        using var source = new System.IO.Compression.ZipArchive(new MemoryStream(DemoBusFeed.Zip(2026)));
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                using var writer = new StreamWriter(zip.CreateEntry(entry.Name).Open());
                writer.Write(entry.Name == "stop_times.txt" ? text.Replace(",S08,", ",S99,", StringComparison.Ordinal) : text);
            }
        }

        var report = GtfsValidator.Validate(buffer.ToArray());

        Assert.NotEmpty(report.Problems);
        Assert.All(report.Problems, p => Assert.Equal("stop_times.txt stop_id", p.Column));
        Assert.Contains("stops.txt にない stop_id です。", report.Problems[0].Message, StringComparison.Ordinal);
    }
}
