using System.Globalization;

namespace Tsunagu.Web.OpenData.Demo;

/// <summary>The rows of the nine file datasets of the demo town (the tenth, population, is made live from the registry).</summary>
internal static class DemoTables
{
    private const string OfficePhone = "0973-76-2111";

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> PublicFacilities() =>
        DemoPlaces.Facilities.Select(p => ((DemoPlace?)p, new Dictionary<string, string>
        {
            ["利用可能曜日"] = "月;火;水;木;金",
            ["開始時間"] = "08:30",
            ["終了時間"] = "17:15",
            ["利用可能日時特記事項"] = "祝日と年末年始(12月29日〜1月3日)は休みです",
            ["電話番号"] = OfficePhone,
            ["説明"] = p.Name + "です。",
            ["バリアフリー情報"] = "車椅子用トイレ;スロープ",
        }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> EvacuationSpaces() =>
        DemoPlaces.Schools.Concat(DemoPlaces.Facilities.Take(3)).Select((p, i) => ((DemoPlace?)p, new Dictionary<string, string>
        {
            ["標高"] = (560 + (i * 37 % 400)).ToString(CultureInfo.InvariantCulture),
            ["電話番号"] = OfficePhone,
            ["災害種別_洪水"] = i % 3 == 0 ? "" : "1",
            ["災害種別_崖崩れ、土石流及び地滑り"] = "1",
            ["災害種別_地震"] = "1",
            ["災害種別_大規模な火事"] = "1",
            ["災害種別_火山現象"] = p.Oaza is "田野" or "湯坪" ? "1" : "",
            ["指定避難所との重複"] = "1",
            ["想定収容人数"] = (150 + (i * 50)).ToString(CultureInfo.InvariantCulture),
            ["対象となる町会・自治会"] = "大字" + p.Oaza,
        }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> Aeds() =>
        DemoPlaces.Facilities.Concat(DemoPlaces.Schools).Concat(DemoPlaces.Sights.Take(3)).Select((p, i) => ((DemoPlace?)p, new Dictionary<string, string>
        {
            ["設置位置"] = i % 2 == 0 ? "1階 正面玄関" : "1階 事務室前",
            ["高度の種別"] = "階数",
            ["高度の値"] = "1",
            ["利用可能曜日"] = "月;火;水;木;金",
            ["開始時間"] = "08:30",
            ["終了時間"] = "17:00",
            ["小児対応設備の有無"] = i % 3 == 0 ? "無" : "有",
            ["電話番号"] = OfficePhone,
            ["外部利用の可否"] = "有",
        }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> Toilets() =>
        DemoPlaces.Sights.Select((p, i) => ((DemoPlace?)(p with { Name = p.Name + " 公衆トイレ", Kana = p.Kana + "コウシュウトイレ", English = p.English + " Public Toilet" }),
            new Dictionary<string, string>
            {
                ["設置位置"] = "駐車場の横",
                ["男性トイレ総数"] = "3",
                ["男性トイレ数（小便器）"] = "2",
                ["男性トイレ数（和式）"] = "0",
                ["男性トイレ数（洋式）"] = "1",
                ["女性トイレ総数"] = "3",
                ["女性トイレ数（和式）"] = "1",
                ["女性トイレ数（洋式）"] = "2",
                ["バリアフリートイレ数"] = "1",
                ["車椅子使用者用トイレ有無"] = "有",
                ["乳幼児用設備設置トイレ有無"] = i % 2 == 0 ? "有" : "無",
                ["オストメイト設置トイレ有無"] = i % 3 == 0 ? "有" : "無",
                ["利用開始時間"] = "00:00",
                ["利用終了時間"] = "24:00",
                ["利用可能時間特記事項"] = "冬期は凍結のため閉鎖することがあります",
            }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> Tourism() =>
        DemoPlaces.Sights.Select((p, i) => ((DemoPlace?)p, new Dictionary<string, string>
        {
            ["利用可能曜日"] = "月;火;水;木;金;土;日",
            ["開始時間"] = "08:30",
            ["終了時間"] = "17:00",
            ["料金(基本)"] = i == 0 ? "500円" : "無料",
            ["説明"] = p.Name + "は、九重町を代表する観光地です。",
            ["説明_英語"] = p.English + " is one of Kokonoe's sights.",
            ["アクセス方法"] = "JR豊後中村駅から車で約30分",
            ["駐車場情報"] = "無料駐車場あり",
            ["連絡先名称"] = "九重町商工観光・自然環境課",
            ["電話番号"] = "0973-73-5505",
        }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> Events(int year) =>
        new (string Name, string Kana, int Month, int Day, DemoPlace Place)[]
        {
            ("くじゅう山開き", "クジュウヤマビラキ", 6, 1, DemoPlaces.Sights[2]), ("龍門の滝 滝すべり大会", "リュウモンノタキタキスベリタイカイ", 7, 27, DemoPlaces.Sights[5]),
            ("九重町ふるさと夏まつり", "ココノエマチフルサトナツマツリ", 8, 15, DemoPlaces.Facilities[3]), ("夢大吊橋 紅葉ウォーク", "ユメオオツリハシコウヨウウォーク", 11, 3, DemoPlaces.Sights[0]),
            ("筋湯温泉 うたせ湯まつり", "スジユオンセンウタセユマツリ", 10, 12, DemoPlaces.Sights[3]), ("九重町文化祭", "ココノエマチブンカサイ", 11, 16, DemoPlaces.Facilities[2]),
        }.Select(e => ((DemoPlace?)null, new Dictionary<string, string>
        {
            ["イベント名"] = e.Name,
            ["イベント名_カナ"] = e.Kana,
            ["開始日"] = $"{year}-{e.Month:D2}-{e.Day:D2}",
            ["終了日"] = $"{year}-{e.Month:D2}-{e.Day:D2}",
            ["開始時間"] = "09:00",
            ["終了時間"] = "16:00",
            ["料金(基本)"] = "無料",
            ["連絡先名称"] = "九重町商工観光・自然環境課",
            ["主催者"] = "九重町",
            ["場所名称"] = e.Place.Name,
            ["所在地_連結表記"] = $"大分県玖珠郡九重町大字{e.Place.Oaza}{e.Place.Banchi}",
            ["緯度"] = e.Place.Lat.ToString("F6", CultureInfo.InvariantCulture),
            ["経度"] = e.Place.Lon.ToString("F6", CultureInfo.InvariantCulture),
            ["電話番号"] = "0973-73-5505",
        }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> ChildcareFacilities() =>
        DemoPlaces.Childcare.Select((p, i) => ((DemoPlace?)p, new Dictionary<string, string>
        {
            ["種別"] = i switch { 0 or 1 => "認可公立保育所", 2 => "認定こども園（保育所型）", 3 => "子育て支援センター", _ => "放課後児童クラブ" },
            ["電話番号"] = $"0973-76-{3100 + i:D4}",
            ["収容定員"] = i < 3 ? "60" : "30",
            ["受入年齢"] = i < 3 ? "生後6か月から5歳" : "",
            ["利用可能曜日"] = "月;火;水;木;金;土",
            ["開始時間"] = "07:30",
            ["終了時間"] = "18:30",
            ["一時預かりの有無"] = i < 3 ? "有" : "無",
        }));

    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> WifiPoints() =>
        DemoPlaces.Facilities.Take(4).Concat(DemoPlaces.Sights.Take(5)).Select(p => ((DemoPlace?)p, new Dictionary<string, string>
        {
            ["設置者"] = "九重町",
            ["SSID"] = "Kokonoe_Free_Wi-Fi",
            ["提供エリア"] = p.Name + "の屋内と入口付近",
            ["電話番号"] = "0973-76-3150",
        }));

    /// <summary>Hydrants spread round each 大字's public places by a fixed pattern, so the demo is the same on every install.</summary>
    public static IEnumerable<(DemoPlace?, Dictionary<string, string>)> FireHydrants() =>
        DemoPlaces.Facilities.Concat(DemoPlaces.Schools).Concat(DemoPlaces.Sights).SelectMany((p, i) => Enumerable.Range(0, 3).Select(k =>
        {
            var place = p with { Name = "", Kana = "", English = "", Lat = p.Lat + ((k - 1) * 0.0011), Lon = p.Lon + (((i + k) % 3) - 1) * 0.0013 };
            return ((DemoPlace?)place, new Dictionary<string, string>
            {
                ["名称"] = "",
                ["名称_カナ"] = "",
                ["名称_英語"] = "",
                ["種別"] = k == 2 ? "防火水そう" : "消火栓",
                ["口径"] = k == 2 ? "" : "75",
                ["所在地_連結表記"] = $"大分県玖珠郡九重町大字{p.Oaza}{p.Banchi}付近",
            });
        }));
}
