namespace Tsunagu.Web.Residents.DemoTown;

// Ages are drawn in whole years on AsOf; the gaps below keep every birth date consistent with its role:
// spouses at most 7 years apart, parents 21–43 years older than their children (so 20–45 by birth date).
internal static class Ages
{
    public const int Oldest = 100;

    // Fewer people survive into each later band; the shape follows a rural Oita town, not a census table.
    private static readonly Weighted<(int From, int To)> s_elderlyBands = new(
    [
        ((65, 69), 10), ((70, 74), 12), ((75, 79), 10), ((80, 84), 8), ((85, 89), 6), ((90, 94), 3), ((95, 100), 1),
    ]);

    public static int Elderly(SeededRandom random)
    {
        var (from, to) = s_elderlyBands.Pick(random);
        return random.Between(from, to);
    }

    // Wives are usually a little younger than husbands; sometimes older.
    public static int Wife(SeededRandom random, int husbandAge) =>
        Math.Clamp(husbandAge - random.Between(-2, 7), 18, Oldest);

    public static int Husband(SeededRandom random, int wifeAge) =>
        Math.Clamp(wifeAge + random.Between(-2, 7), 18, Oldest);

    public static int? Child(SeededRandom random, int youngerParentAge, int oldestChildAtHome)
    {
        var from = Math.Max(0, youngerParentAge - 36);
        var to = Math.Min(oldestChildAtHome, youngerParentAge - 21);
        return from > to ? null : random.Between(from, to);
    }
}
