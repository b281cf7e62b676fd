namespace Tsunagu.Web.OpenData.Live;

/// <summary>
/// Small-count suppression (秘匿) for a table of counts. Primary: a count from 1 to threshold − 1 is hidden. Secondary:
/// wherever cells add up to a published total (a row's bands to its sex total, 男性 + 女性 to 総人口, a column over all
/// 大字 to the town figure that the town publishes anyway), one hidden cell could be worked out by subtraction, so the
/// smallest other cell of that sum is hidden too, until no sum has exactly one hidden cell.
/// </summary>
public sealed class Suppression(int[,] counts)
{
    private readonly bool[,] _hidden = new bool[counts.GetLength(0), counts.GetLength(1)];

    public bool IsHidden(int row, int column) => _hidden[row, column];

    public Suppression Apply(int threshold, IReadOnlyList<IReadOnlyList<(int Row, int Column)>> sums)
    {
        for (var r = 0; r < counts.GetLength(0); r++)
        {
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                _hidden[r, c] = counts[r, c] > 0 && counts[r, c] < threshold;
            }
        }
        bool changed;
        do
        {
            changed = false;
            foreach (var sum in sums)
            {
                if (sum.Count(cell => _hidden[cell.Row, cell.Column]) != 1)
                {
                    continue;
                }
                // Hiding a zero reveals nothing new, so the smallest non-zero cell is preferred as the partner.
                var partner = sum.Where(cell => !_hidden[cell.Row, cell.Column])
                    .OrderBy(cell => counts[cell.Row, cell.Column] == 0 ? 1 : 0).ThenBy(cell => counts[cell.Row, cell.Column])
                    .Cast<(int Row, int Column)?>().FirstOrDefault();
                if (partner is { } p)
                {
                    _hidden[p.Row, p.Column] = true;
                    changed = true;
                }
            }
        }
        while (changed);
        return this;
    }
}
