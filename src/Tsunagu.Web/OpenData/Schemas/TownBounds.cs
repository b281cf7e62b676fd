namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>The rectangle the town lies in; coordinates outside it are typing errors (swapped or truncated digits).</summary>
public sealed record TownBounds(double South, double West, double North, double East)
{
    /// <summary>九重町: from 久住山 in the south to 野上 in the north, 宝泉寺 in the west to the 竹田市 border in the east.</summary>
    public static readonly TownBounds Kokonoe = new(33.05, 131.08, 33.30, 131.36);

    public bool ContainsLatitude(double latitude) => latitude >= South && latitude <= North;

    public bool ContainsLongitude(double longitude) => longitude >= West && longitude <= East;
}
