namespace Tsunagu.Web.Platform.StaffIdentity;

/// <summary>A 課 of the town office.</summary>
public sealed record Department(string Code, string Name, string EnglishName);

/// <summary>The twelve 課 named in the town's DX plan.</summary>
public static class Departments
{
    public static readonly IReadOnlyList<Department> All =
    [
        new("soumu", "総務課", "General Affairs"),
        new("jumin", "住民課", "Residents"),
        new("zeimu", "税務課", "Taxation"),
        new("kenko-fukushi", "健康福祉課", "Health and Welfare"),
        new("kosodate", "子育て支援課", "Child-rearing Support"),
        new("kyoiku", "教育振興課", "Education"),
        new("kensetsu", "建設課", "Construction"),
        new("norin", "農林課", "Agriculture and Forestry"),
        new("shoko-kanko", "商工観光・自然環境課", "Commerce, Tourism and Environment"),
        new("machizukuri", "まちづくり推進課", "Community Development"),
        new("bosai", "危機管理・防災安全課", "Crisis Management and Disaster Safety"),
        new("digital", "情報デジタル推進課", "Digital Promotion"),
    ];

    public static Department? Find(string codeOrName) =>
        All.FirstOrDefault(d => d.Code == codeOrName || d.Name == codeOrName);
}
