namespace Tsunagu.Web.OpenData.Demo;

/// <summary>A synthetic place of the demo town: plausible names and positions, not surveyed.</summary>
internal sealed record DemoPlace(string Name, string Kana, string English, string Oaza, string Banchi, double Lat, double Lon);

/// <summary>Places of the demo datasets. Coordinates are near each 大字's centre and inside the town's bounding box.</summary>
internal static class DemoPlaces
{
    public static readonly IReadOnlyDictionary<string, string> PostalCodes = new Dictionary<string, string>
    {
        ["後野上"] = "879-4803",
        ["野上"] = "879-4802",
        ["右田"] = "879-4801",
        ["恵良"] = "879-4631",
        ["松木"] = "879-4632",
        ["田野"] = "879-4911",
        ["湯坪"] = "879-4912",
        ["粟野"] = "879-4721",
        ["菅原"] = "879-4724",
        ["引治"] = "879-4722",
        ["町田"] = "879-4723",
    };

    public static readonly DemoPlace[] Facilities =
    [
        new("九重町役場", "ココノエマチヤクバ", "Kokonoe Town Office", "後野上", "8番地の1", 33.2311, 131.1873),
        new("九重町保健福祉センター", "ココノエマチホケンフクシセンター", "Kokonoe Health and Welfare Centre", "後野上", "20番地", 33.2298, 131.1890),
        new("九重町中央公民館", "ココノエマチチュウオウコウミンカン", "Kokonoe Central Community Hall", "野上", "1120番地", 33.2352, 131.1722),
        new("九重町総合運動公園", "ココノエマチソウゴウウンドウコウエン", "Kokonoe Sports Park", "右田", "2300番地", 33.2240, 131.2061),
        new("東飯田公民館", "ヒガシイイダコウミンカン", "Higashi-Iida Community Hall", "恵良", "410番地", 33.2581, 131.2205),
        new("飯田公民館", "イイダコウミンカン", "Iida Community Hall", "田野", "215番地", 33.1265, 131.2310),
        new("南山田公民館", "ミナミヤマダコウミンカン", "Minami-Yamada Community Hall", "粟野", "530番地", 33.1842, 131.1391),
        new("九重町図書館", "ココノエマチトショカン", "Kokonoe Library", "後野上", "35番地", 33.2320, 131.1858),
    ];

    public static readonly DemoPlace[] Schools =
    [
        new("野上小学校", "ノガミショウガッコウ", "Nogami Elementary School", "野上", "1400番地", 33.2368, 131.1695),
        new("東飯田小学校", "ヒガシイイダショウガッコウ", "Higashi-Iida Elementary School", "恵良", "620番地", 33.2563, 131.2242),
        new("飯田小学校", "イイダショウガッコウ", "Iida Elementary School", "田野", "300番地", 33.1249, 131.2288),
        new("南山田小学校", "ミナミヤマダショウガッコウ", "Minami-Yamada Elementary School", "町田", "820番地", 33.1990, 131.1512),
        new("ここのえ緑陽中学校", "ココノエリョクヨウチュウガッコウ", "Kokonoe Ryokuyo Junior High School", "右田", "1200番地", 33.2275, 131.1998),
    ];

    public static readonly DemoPlace[] Sights =
    [
        new("九重“夢”大吊橋", "ココノエユメオオツリハシ", "Kokonoe Yume Otsurihashi Suspension Bridge", "田野", "1208番地", 33.2197, 131.2434),
        new("九酔渓", "キュウスイケイ", "Kyusuikei Gorge", "田野", "1500番地", 33.2121, 131.2510),
        new("長者原", "チョウジャバル", "Chojabaru Highland", "田野", "255番地の33", 33.1163, 131.2353),
        new("筋湯温泉", "スジユオンセン", "Sujiyu Onsen", "湯坪", "620番地", 33.1657, 131.1617),
        new("宝泉寺温泉", "ホウセンジオンセン", "Hosenji Onsen", "町田", "2300番地", 33.2040, 131.1535),
        new("龍門の滝", "リュウモンノタキ", "Ryumon Falls", "松木", "1600番地", 33.2468, 131.2492),
        new("牧ノ戸峠", "マキノトトウゲ", "Makinoto Pass", "湯坪", "1100番地", 33.1113, 131.2107),
        new("壁湯温泉", "カベユオンセン", "Kabeyu Onsen", "町田", "62番地", 33.1905, 131.1302),
    ];

    public static readonly DemoPlace[] Childcare =
    [
        new("野上保育園", "ノガミホイクエン", "Nogami Nursery", "野上", "1380番地", 33.2360, 131.1710),
        new("東飯田保育園", "ヒガシイイダホイクエン", "Higashi-Iida Nursery", "恵良", "600番地", 33.2570, 131.2230),
        new("飯田こども園", "イイダコドモエン", "Iida Children's Centre", "田野", "320番地", 33.1255, 131.2295),
        new("ここのえ子育て支援センター", "ココノエコソダテシエンセンター", "Kokonoe Child-rearing Support Centre", "後野上", "20番地", 33.2299, 131.1892),
        new("野上放課後児童クラブ", "ノガミホウカゴジドウクラブ", "Nogami After-school Club", "野上", "1400番地", 33.2367, 131.1697),
    ];
}
