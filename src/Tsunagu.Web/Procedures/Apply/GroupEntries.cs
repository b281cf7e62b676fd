using System.Globalization;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

internal static class GroupEntries
{
    /// <summary>Removes entry <paramref name="index"/> and moves the later entries up by one.</summary>
    public static void Remove(FormAnswers answers, string key, int index, int count)
    {
        for (var i = index; i < count; i++)
        {
            var from = $"{key}[{i + 1}].";
            var to = $"{key}[{i}].";
            foreach (var k in answers.Values.Keys.Where(k => k.StartsWith(to, StringComparison.Ordinal)).ToList())
            {
                answers.Set(k, null);
            }
            foreach (var (k, v) in answers.Values.Where(kv => kv.Key.StartsWith(from, StringComparison.Ordinal)).ToList())
            {
                answers.Set(to + k[from.Length..], v);
            }
        }
        answers.Set(key + ".count", (count - 1).ToString(CultureInfo.InvariantCulture));
    }
}
