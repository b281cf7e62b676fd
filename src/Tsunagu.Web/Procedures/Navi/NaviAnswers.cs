using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Navi;

/// <summary>What happened and who is in the household: the 手続きナビ questions, all from the query string.</summary>
public sealed record NaviAnswers(IReadOnlyList<string> Events, bool? Children, bool? Elderly, bool? NationalHealthInsurance, bool? Dog)
{
    public static readonly IReadOnlyList<string> AskedEvents =
        ["転入", "転出", "転居", "出生", "死亡", "婚姻", "離婚", "妊娠", "入学", "就職", "退職", "65歳到達", "75歳到達", "ペット"];

    public static NaviAnswers From(string[]? events, string? children, string? elderly, string? nhi, string? dog) => new(
        (events ?? []).Where(AskedEvents.Contains).Distinct().ToList(), YesNo(children), YesNo(elderly), YesNo(nhi), YesNo(dog));

    private static bool? YesNo(string? v) => v switch { "yes" => true, "no" => false, _ => null };
}

public sealed record NaviItem(ProcedureDefinition Procedure, string Reason);

public sealed record NaviGroup(string Event, IReadOnlyList<NaviItem> Items);

/// <summary>Turns the answers into a personal list of procedures, each with why it applies.</summary>
public static class NaviPlanner
{
    public static IReadOnlyList<NaviGroup> Plan(IEnumerable<ProcedureDefinition> procedures, NaviAnswers a)
    {
        var all = procedures.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<NaviGroup>();
        foreach (var e in a.Events)
        {
            var items = all.Where(p => p.LifeEvents.Contains(e) && Applies(p, e, a) && seen.Add(p.Id))
                .OrderBy(p => p.IsOnline ? 0 : 1).ThenBy(p => p.Reading, StringComparer.Ordinal)
                .Select(p => new NaviItem(p, Reason(p, e))).ToList();
            groups.Add(new NaviGroup(e, items));
        }
        return groups;
    }

    // Household answers only remove what clearly does not concern this household; unanswered keeps everything.
    private static bool Applies(ProcedureDefinition p, string e, NaviAnswers a) =>
        !(a.Children == false && p.Category == "子育て" && e is not ("出生" or "妊娠"))
        && !(a.Elderly == false && p.Subcategory is "介護保険" or "高齢者医療" && e is not ("65歳到達" or "75歳到達"))
        && !(a.NationalHealthInsurance == false && p.Subcategory == "国民健康保険")
        && !(a.Dog == false && p.Subcategory == "狂犬病予防");

    private static string Reason(ProcedureDefinition p, string e) =>
        p.Category == "子育て" ? $"{e}のときに、お子さんのいる世帯が行う手続きです。"
        : p.Subcategory == "国民健康保険" ? $"{e}のときに、国民健康保険に加入している(する)方が行う手続きです。"
        : $"{e}のときに必要になる手続きです。";
}
