namespace Tsunagu.Web.Residents.DemoTown;

// Every value in the demo town, Guids included, comes from one seeded Random drawn in a fixed order,
// so a seed names exactly one town and a bug report can quote it.
internal sealed class SeededRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public DateOnly DateBetween(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    // Ages count up at the end of the day before a birthday (年齢計算ニ関スル法律), hence the two-day margin:
    // anyone born in this window is exactly `age` on AsOf by Person.AgeOn.
    public DateOnly BirthDateForAge(int age) =>
        DateBetween(DemoTownGenerator.AsOf.AddYears(-age - 1).AddDays(2), DemoTownGenerator.AsOf.AddYears(-age));

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        // Stamp version 4 and the RFC 4122 variant so the ids look like any other random Guid to tools and databases.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public string Digits(int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + _random.Next(10));
        }
        return new string(digits);
    }
}

internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly int[] _cumulative;

    public Weighted(IEnumerable<(T Item, int Weight)> entries)
    {
        var list = entries.ToArray();
        _items = [.. list.Select(e => e.Item)];
        _cumulative = new int[list.Length];
        var total = 0;
        for (var i = 0; i < list.Length; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(SeededRandom random)
    {
        var ticket = random.Between(0, _cumulative[^1] - 1);
        var index = Array.BinarySearch(_cumulative, ticket);
        return _items[index >= 0 ? index + 1 : ~index];
    }
}
