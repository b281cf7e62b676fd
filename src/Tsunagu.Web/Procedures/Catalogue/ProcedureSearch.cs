using Tsunagu.Web.Platform.Japanese;

namespace Tsunagu.Web.Procedures.Catalogue;

public sealed record ProcedureFilter(string? Query, string? Category, string? Department, string? LifeEvent);

/// <summary>Search that forgives kana, kanji and width differences: じゅうみんひょう and ｼﾞｭｳﾐﾝﾋｮｳ both find 住民票.</summary>
public static class ProcedureSearch
{
    public static IReadOnlyList<ProcedureDefinition> Find(IEnumerable<ProcedureDefinition> procedures, ProcedureFilter filter)
    {
        var terms = (filter.Query ?? "").Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Kana.FoldForSearch).Where(t => t.Length > 0).ToList();
        return procedures
            .Where(p => filter.Category is not { Length: > 0 } c || p.Category == c)
            .Where(p => filter.Department is not { Length: > 0 } d || p.Department == d)
            .Where(p => filter.LifeEvent is not { Length: > 0 } e || p.LifeEvents.Contains(e))
            .Select(p => (Procedure: p, Score: Score(p, terms)))
            .Where(x => terms.Count == 0 || x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Procedure.Reading, StringComparer.Ordinal)
            .Select(x => x.Procedure).ToList();
    }

    // Every term must match somewhere; a match in the name weighs more than one in the summary.
    private static int Score(ProcedureDefinition p, List<string> terms)
    {
        var name = Kana.FoldForSearch(p.Name + p.Reading);
        var words = Kana.FoldForSearch(string.Join("", p.Keywords) + p.Subcategory + p.Category);
        var summary = Kana.FoldForSearch(p.Summary);
        var total = 0;
        foreach (var t in terms)
        {
            var s = (name.Contains(t, StringComparison.OrdinalIgnoreCase) ? 10 : 0)
                + (words.Contains(t, StringComparison.OrdinalIgnoreCase) ? 5 : 0)
                + (summary.Contains(t, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
            if (s == 0)
            {
                return 0;
            }
            total += s;
        }
        return total;
    }
}
