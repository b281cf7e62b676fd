namespace Tsunagu.Web.Residents.DemoTown;

internal readonly record struct Name(string Kanji, string Kana);

// Names common in Oita and the rest of Kyushu, with the reading a resident would write in the フリガナ box.
// Given names follow the fashions of the year of birth, so a 90-year-old is not called 陽翔.
internal static class NameBank
{
    private static readonly Weighted<Name> s_surnames = new(ParseWeighted("""
        佐藤=サトウ=60 後藤=ゴトウ=35 河野=カワノ=22 安部=アベ=18 渡辺=ワタナベ=16 小野=オノ=16 工藤=クドウ=16
        甲斐=カイ=14 阿部=アベ=14 衛藤=エトウ=14 首藤=シュトウ=12 吉田=ヨシダ=10 矢野=ヤノ=10 穴井=アナイ=10
        高橋=タカハシ=9 田中=タナカ=9 中村=ナカムラ=8 帆足=ホアシ=8 時松=トキマツ=8 羽田野=ハタノ=8 姫野=ヒメノ=8
        財津=ザイツ=7 井上=イノウエ=7 梅木=ウメキ=6 麻生=アソウ=6 江藤=エトウ=6 森=モリ=6 藤田=フジタ=6
        伊藤=イトウ=6 山本=ヤマモト=6 松本=マツモト=6 加藤=カトウ=5 佐々木=ササキ=5 清水=シミズ=5 坂本=サカモト=5
        橋本=ハシモト=5 村上=ムラカミ=5 釘宮=クギミヤ=4 三重野=ミエノ=4 宇都宮=ウツノミヤ=4 利光=トシミツ=4
        二宮=ニノミヤ=4 長野=ナガノ=4 末松=スエマツ=4 日野=ヒノ=4 秋吉=アキヨシ=4 岩尾=イワオ=4 大久保=オオクボ=4
        梶原=カジワラ=4 宮崎=ミヤザキ=4 石井=イシイ=4 桑野=クワノ=4 野田=ノダ=4 平野=ヒラノ=4 吉武=ヨシタケ=4
        藤原=フジワラ=4 宮本=ミヤモト=4 中野=ナカノ=4 堀=ホリ=3 安藤=アンドウ=3 田代=タシロ=3 高倉=タカクラ=3
        """));

    // Born 1925–1955.
    private static readonly Name[] s_olderMen = Parse("""
        清=キヨシ 茂=シゲル 実=ミノル 勇=イサム 進=ススム 博=ヒロシ 正=タダシ 勝=マサル 武=タケシ 明=アキラ
        和夫=カズオ 正雄=マサオ 一郎=イチロウ 三郎=サブロウ 義雄=ヨシオ 幸雄=ユキオ 秀夫=ヒデオ 隆=タカシ 豊=ユタカ
        昇=ノボル 修=オサム 保=タモツ 満=ミツル 敏夫=トシオ 国男=クニオ 信夫=ノブオ 光男=ミツオ 次郎=ジロウ
        弘=ヒロシ 功=イサオ 健一=ケンイチ 輝男=テルオ 重信=シゲノブ
        """);

    private static readonly Name[] s_olderWomen = Parse("""
        和子=カズコ 節子=セツコ 幸子=サチコ 美代子=ミヨコ 久子=ヒサコ 洋子=ヨウコ 恵子=ケイコ 京子=キョウコ
        文子=フミコ 清子=キヨコ 春子=ハルコ 千代子=チヨコ 静子=シズコ 光子=ミツコ 悦子=エツコ 弘子=ヒロコ
        信子=ノブコ 君子=キミコ 美智子=ミチコ 敏子=トシコ 澄子=スミコ 照子=テルコ 芳子=ヨシコ 正子=マサコ
        昭子=アキコ 絹子=キヌコ 春江=ハルエ 光江=ミツエ 貞子=サダコ 富子=トミコ 房子=フサコ
        """);

    // Born 1956–1985.
    private static readonly Name[] s_middleMen = Parse("""
        誠=マコト 浩=ヒロシ 聡=サトシ 大輔=ダイスケ 哲也=テツヤ 健二=ケンジ 隆之=タカユキ 直樹=ナオキ 和也=カズヤ
        剛=ツヨシ 修一=シュウイチ 浩二=コウジ 学=マナブ 秀樹=ヒデキ 達也=タツヤ 裕之=ヒロユキ 康弘=ヤスヒロ
        伸一=シンイチ 俊介=シュンスケ 拓也=タクヤ 雅彦=マサヒコ 徹=トオル 智之=トモユキ 信也=シンヤ
        健太郎=ケンタロウ 洋平=ヨウヘイ 純一=ジュンイチ 賢治=ケンジ 英二=エイジ 孝=タカシ 和彦=カズヒコ 正和=マサカズ
        """);

    private static readonly Name[] s_middleWomen = Parse("""
        由美子=ユミコ 真由美=マユミ 裕子=ユウコ 恵美=エミ 久美子=クミコ 直美=ナオミ 明美=アケミ 智子=トモコ
        美穂=ミホ 香織=カオリ 陽子=ヨウコ 典子=ノリコ 由紀=ユキ 純子=ジュンコ 真理子=マリコ 美紀=ミキ 幸恵=ユキエ
        恵美子=エミコ 亜紀=アキ 千春=チハル 理恵=リエ 麻美=アサミ 綾子=アヤコ 美香=ミカ 奈緒子=ナオコ
        恭子=キョウコ 直子=ナオコ 祐子=ユウコ めぐみ=メグミ 由香=ユカ 美由紀=ミユキ
        """);

    // Born 1986–2005.
    private static readonly Name[] s_youngerMen = Parse("""
        翔太=ショウタ 拓海=タクミ 健太=ケンタ 大輝=ダイキ 翔=ショウ 拓也=タクヤ 大樹=ダイキ 涼太=リョウタ 亮=リョウ
        雄大=ユウダイ 直人=ナオト 大地=ダイチ 翼=ツバサ 海斗=カイト 優斗=ユウト 駿=シュン 祐介=ユウスケ 裕太=ユウタ
        和樹=カズキ 康平=コウヘイ 将太=ショウタ 拓真=タクマ 陸=リク 一輝=カズキ 隼人=ハヤト 航=ワタル 勇気=ユウキ 大介=ダイスケ
        """);

    private static readonly Name[] s_youngerWomen = Parse("""
        美咲=ミサキ 彩=アヤ 七海=ナナミ 真央=マオ 千尋=チヒロ 遥=ハルカ 菜々子=ナナコ 明日香=アスカ 沙織=サオリ 舞=マイ
        優花=ユウカ 愛美=マナミ 萌=モエ 彩乃=アヤノ 葵=アオイ 優奈=ユウナ 彩花=アヤカ 沙希=サキ 瑞穂=ミズホ 麻衣=マイ
        香奈=カナ 詩織=シオリ 愛=アイ 未来=ミク 桃子=モモコ 茜=アカネ 楓=カエデ 美優=ミユ
        """);

    // Born 2006 or later.
    private static readonly Name[] s_newestMen = Parse("""
        蓮=レン 大翔=ヒロト 悠真=ユウマ 陽翔=ハルト 湊=ミナト 颯太=ソウタ 樹=イツキ 颯=ハヤテ 大和=ヤマト 悠人=ユウト
        陽向=ヒナタ 結翔=ユイト 奏太=ソウタ 朝陽=アサヒ 瑛太=エイタ 颯真=ソウマ 蒼=アオイ 律=リツ 新=アラタ 陽太=ヨウタ
        蒼空=ソラ 湊斗=ミナト 大雅=タイガ 琉生=ルイ 結人=ユイト 伊織=イオリ 碧斗=アオト
        """);

    private static readonly Name[] s_newestWomen = Parse("""
        陽菜=ヒナ 結衣=ユイ さくら=サクラ 凛=リン 芽依=メイ 結菜=ユイナ 花=ハナ 莉子=リコ 美羽=ミウ 杏=アン 紬=ツムギ
        陽葵=ヒマリ 澪=ミオ 心春=コハル 結愛=ユア 咲良=サクラ 芽生=メイ 葵=アオイ 凪=ナギ 詩=ウタ 琴音=コトネ
        彩葉=イロハ 心結=ミユ 杏奈=アンナ 莉央=リオ 美桜=ミオ
        """);

    public static Name Surname(SeededRandom random) => s_surnames.Pick(random);

    public static Name GivenName(Sex sex, int birthYear, SeededRandom random)
    {
        var bank = (sex, birthYear) switch
        {
            (Sex.Male, <= 1955) => s_olderMen,
            (Sex.Male, <= 1985) => s_middleMen,
            (Sex.Male, <= 2005) => s_youngerMen,
            (Sex.Male, _) => s_newestMen,
            (_, <= 1955) => s_olderWomen,
            (_, <= 1985) => s_middleWomen,
            (_, <= 2005) => s_youngerWomen,
            _ => s_newestWomen,
        };
        return random.Pick(bank);
    }

    private static Name[] Parse(string text) => [.. ParseWeighted(text).Select(e => e.Item)];

    private static IEnumerable<(Name Item, int Weight)> ParseWeighted(string text) =>
        text.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var parts = entry.Split('=');
            var weight = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
            return (new Name(parts[0], parts[1]), weight);
        });
}
