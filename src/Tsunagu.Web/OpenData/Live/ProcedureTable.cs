using System.Globalization;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.OpenData.Live;

/// <summary>The procedure catalogue as open data: one row per published procedure (no standard schema exists for it).</summary>
public sealed class ProcedureTable(IProcedureDirectory procedures, OpenDataOptions options)
{
    public static readonly IReadOnlyList<string> Header =
        ["全国地方公共団体コード", "手続きID", "手続き名", "手続き名_よみ", "担当課", "分類", "オンライン申請", "手数料(円)", "標準処理日数", "受付方法", "関連するできごと", "持ち物", "URL"];

    public (IReadOnlyList<string> Header, List<string[]> Rows) Build(string siteUrl) =>
        (Header, [.. procedures.Published().OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new[]
        {
            options.LocalGovernmentCode, p.Id, p.Name, p.Reading, Departments.Find(p.Department)?.Name ?? p.Department, p.Category,
            p.Channels.Contains("online") && p.Fields.Count > 0 ? "有" : "無",
            p.Fee?.ToString(CultureInfo.InvariantCulture) ?? "0",
            p.ProcessingDays.ToString(CultureInfo.InvariantCulture),
            string.Join(";", p.Channels), string.Join(";", p.LifeEvents), string.Join(";", p.Bring),
            $"{siteUrl}/procedures/{p.Id}",
        })]);
}
