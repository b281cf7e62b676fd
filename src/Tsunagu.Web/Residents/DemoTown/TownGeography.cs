using System.Globalization;

namespace Tsunagu.Web.Residents.DemoTown;

// One row per postal-code area in shared/town/kokonoe.md: 右田 is split at 番地 1464.
public sealed record OazaArea(string Oaza, string Reading, string PostalCode, int FirstBanchi, int LastBanchi, int Weight);

public static class TownGeography
{
    // Real 行政区 names are not published in our sources, so demo addresses use synthetic ones:
    // every block of this many 番地 within a 大字 is one 区, named 「{大字}第{n}区」.
    public const int BanchiPerDistrict = 400;

    // Weights are plausible relative populations (the town centre around 野上 and 右田 is the largest),
    // not census figures. LastBanchi values are likewise plausible, not surveyed.
    public static IReadOnlyList<OazaArea> Areas { get; } =
    [
        new("後野上", "うしろのがみ", "879-4803", 1, 1300, 8),
        new("野上", "のがみ", "879-4802", 1, 2600, 14),
        new("右田", "みぎた", "879-4801", 1, 1464, 13),
        new("右田", "みぎた", "879-4601", 1465, 3600, 10),
        new("恵良", "えら", "879-4631", 1, 2000, 9),
        new("松木", "まつぎ", "879-4632", 1, 2200, 9),
        new("田野", "たの", "879-4911", 1, 1800, 10),
        new("湯坪", "ゆつぼ", "879-4912", 1, 1200, 6),
        new("粟野", "あわの", "879-4721", 1, 1100, 5),
        new("菅原", "すがわら", "879-4724", 1, 1500, 6),
        new("引治", "ひきじ", "879-4722", 1, 1000, 4),
        new("町田", "まちだ", "879-4723", 1, 1600, 6),
    ];

    private static readonly Weighted<OazaArea> s_weightedAreas = new(Areas.Select(a => (a, a.Weight)));

    public static string? PostalCodeFor(string oaza, int banchi) =>
        Areas.FirstOrDefault(a => a.Oaza == oaza && banchi >= a.FirstBanchi && banchi <= a.LastBanchi)?.PostalCode;

    internal static Address NextAddress(SeededRandom random)
    {
        var area = s_weightedAreas.Pick(random);
        var banchi = random.Between(area.FirstBanchi, area.LastBanchi);
        // About a third of rural plots are subdivided (枝番), written 「1234番地の2」.
        var branch = random.Chance(0.3) ? random.Between(1, 12) : 0;
        return new Address
        {
            PostalCode = area.PostalCode,
            Oaza = area.Oaza,
            Banchi = branch == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{banchi}番地")
                : string.Create(CultureInfo.InvariantCulture, $"{banchi}番地の{branch}"),
            Gyoseiku = string.Create(CultureInfo.InvariantCulture, $"{area.Oaza}第{(banchi - 1) / BanchiPerDistrict + 1}区"),
        };
    }
}
