using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>Changes to a form as new immutable definitions; indices come from the editor's buttons and are checked.</summary>
internal static class FormEdits
{
    public static FormDefinition FormOf(ProcedureDefinition d) => d.Form ?? new FormDefinition();

    public static ProcedureDefinition WithPages(ProcedureDefinition d, IEnumerable<PageDefinition> pages) =>
        d with { Form = FormOf(d) with { Pages = pages.ToList() } };

    public static bool Has<T>(IReadOnlyList<T> list, int index) => index >= 0 && index < list.Count;

    public static List<T> Replace<T>(IReadOnlyList<T> list, int index, T item) =>
        list.Select((x, i) => i == index ? item : x).ToList();

    public static List<T> Remove<T>(IReadOnlyList<T> list, int index) =>
        list.Where((_, i) => i != index).ToList();

    /// <summary>Swaps with the neighbour above (by = -1) or below (by = 1); at either end nothing moves.</summary>
    public static List<T> Move<T>(IReadOnlyList<T> list, int index, int by)
    {
        var result = list.ToList();
        var other = index + by;
        if (Has(list, index) && Has(list, other))
        {
            (result[index], result[other]) = (result[other], result[index]);
        }
        return result;
    }

    public static ProcedureDefinition WithPage(ProcedureDefinition d, int pageIndex, Func<PageDefinition, PageDefinition> change) =>
        WithPages(d, Replace(FormOf(d).Pages, pageIndex, change(FormOf(d).Pages[pageIndex])));

    /// <summary>A new id not used by any page; ids matter to the engine, not to staff, so they are generated.</summary>
    public static string NewPageId(FormDefinition form) =>
        Enumerable.Range(1, int.MaxValue).Select(n => $"page-{n}").First(id => form.Pages.All(p => p.Id != id));

    /// <summary>A new field id unique in the whole form (answers are keyed by it) or, for group children, in the group.</summary>
    public static string NewFieldId(IEnumerable<FieldDefinition> taken)
    {
        var ids = taken.SelectMany(f => f.Fields.Prepend(f)).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(1, int.MaxValue).Select(n => $"q{n}").First(id => !ids.Contains(id));
    }
}
