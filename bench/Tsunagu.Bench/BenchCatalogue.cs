using System.Text.Json;

namespace Tsunagu.Bench;

/// <summary>A procedure with 30 fields over three pages, written to a temporary catalogue folder.</summary>
internal static class BenchCatalogue
{
    public const string ProcedureId = "bench-thirty-fields";

    public static string Write()
    {
        var dir = Directory.CreateTempSubdirectory("tsunagu-bench-catalog").FullName;
        var pages = Enumerable.Range(0, 3).Select(p => new
        {
            id = $"page-{p + 1}",
            title = $"{p + 1}ページ目",
            fields = Enumerable.Range(0, 10).Select(f => Field(p * 10 + f)).ToArray(),
        }).ToArray();
        var procedure = new
        {
            id = ProcedureId,
            version = 1,
            name = "性能測定用の申請",
            reading = "せいのうそくていようのしんせい",
            summary = "30項目の申請の性能を測るための手続きです。",
            department = "digital",
            category = "情報",
            applicants = new[] { "本人" },
            assurance = "none",
            fee = (int?)null,
            processingDays = 5,
            channels = new[] { "online" },
            published = true,
            form = new { pages, declaration = "上記のとおり申請します。" },
        };
        File.WriteAllText(Path.Combine(dir, ProcedureId + ".json"), JsonSerializer.Serialize(procedure));
        return dir;
    }

    /// <summary>The answers of one complete application, as the form engine stores them.</summary>
    public static Dictionary<string, string> Answers() =>
        Enumerable.Range(0, 30).ToDictionary(i => $"q{i}", i => (i % 5) switch
        {
            0 => "九重 太郎",
            1 => "ココノエ　タロウ",
            2 => "2024-04-01",
            3 => "3",
            _ => "0973-76-0000",
        });

    private static object Field(int i) => (i % 5) switch
    {
        0 => new { id = $"q{i}", type = "text", label = $"項目{i}", required = true },
        1 => new { id = $"q{i}", type = "katakana", label = $"項目{i}", required = true },
        2 => new { id = $"q{i}", type = "date", label = $"項目{i}", required = true },
        3 => new { id = $"q{i}", type = "number", label = $"項目{i}", required = true },
        _ => (object)new { id = $"q{i}", type = "phone", label = $"項目{i}", required = true },
    };
}
