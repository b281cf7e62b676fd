namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>The closed lists of the catalogue format (catalog/procedures/README.md), kept in one place.</summary>
public static class ProcedureChannels
{
    public const string Online = "online";
    public const string Counter = "counter";
    public const string ConvenienceStore = "convenience-store";
    public const string Post = "post";

    public static readonly IReadOnlyList<string> All = [Online, Counter, ConvenienceStore, Post];

    public static string Describe(string channel) => channel switch
    {
        Online => "オンライン(スマートフォン・パソコン)",
        Counter => "役場の窓口",
        ConvenienceStore => "コンビニエンスストア",
        Post => "郵送",
        _ => channel,
    };
}

public static class Vocabulary
{
    /// <summary>The Oita joint-target categories from the town's DX plan.</summary>
    public static readonly IReadOnlyList<string> Categories =
        ["総務", "証明書", "引越し", "税", "健康・医療", "福祉", "子育て", "衛生", "情報", "建設", "災害", "給付"];

    public static readonly IReadOnlyList<string> Applicants = ["本人", "同一世帯", "代理人"];

    public const string CardSignature = "card-signature";

    public static readonly IReadOnlyList<string> Assurances = ["none", "account", "card-login", "card-signature"];

    public static readonly IReadOnlyList<string> LifeEvents =
        ["転入", "転出", "転居", "出生", "死亡", "婚姻", "離婚", "妊娠", "入学", "就職", "退職", "65歳到達", "75歳到達", "住宅", "事業", "農業", "災害", "ペット"];

    public static readonly IReadOnlyList<string> PrefillSources =
    [
        "resident.name", "resident.kana", "resident.birthDate", "resident.sex", "resident.postalCode",
        "resident.address", "resident.email", "resident.phone", "household.members",
    ];

    public static string DescribeAssurance(string assurance) => assurance switch
    {
        "none" => "どなたでも申請できます",
        "account" => "つなぐのアカウントで申請します",
        "card-login" => "マイナンバーカードでログインして申請します",
        "card-signature" => "マイナンバーカードで電子署名をして申請します",
        _ => assurance,
    };
}
