using System.Text.Json;

namespace Tsunagu.Web.Counter.LifeEvents;

/// <summary>The life events the counter offers, read once from the catalogue folder next to the binaries.</summary>
public sealed class LifeEventCatalogue
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyList<LifeEvent> _events;

    public LifeEventCatalogue(IConfiguration configuration)
    {
        var directory = configuration["Counter:LifeEventDirectory"] is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "catalog", "life-events");
        _events = Load(directory);
    }

    public IReadOnlyList<LifeEvent> All => _events;

    public LifeEvent? Find(string id) => _events.FirstOrDefault(e => e.Id == id);

    public IReadOnlyList<LifeEvent> FindAll(IEnumerable<string> ids) => [.. ids.Select(Find).OfType<LifeEvent>()];

    public static IReadOnlyList<LifeEvent> Load(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.json")
            .Select(f => JsonSerializer.Deserialize<LifeEvent>(File.ReadAllText(f), s_json) ?? throw new InvalidDataException($"empty life event {f}"))
            .OrderBy(e => s_order.IndexOf(e.Id) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];

    // The order staff expect on the screen: moves first, then births and deaths, family, school, age.
    private static readonly List<string> s_order = ["tennyu", "tenkyo", "tenshutsu", "shussei", "shibo", "konin", "rikon", "ninshin", "shugaku", "koreisha"];
}
