using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Web.OpenData;

/// <summary>Settings under "OpenData" in configuration.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>The 全国地方公共団体コード of the publishing town, used in file names and the first column.</summary>
    public string LocalGovernmentCode { get; set; } = "444618";

    public string LocalGovernmentName { get; set; } = "大分県九重町";

    /// <summary>Largest upload accepted; the request is read only up to this size.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Population cells from 1 up to this number minus one are published as the suppression mark.</summary>
    public int SuppressBelow { get; set; } = 3;

    /// <summary>Map tiles (e.g. https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png); empty draws points on a plain background.</summary>
    public string TileUrl { get; set; } = "";

    public string TileAttribution { get; set; } = "";

    public double South { get; set; } = TownBounds.Kokonoe.South;
    public double West { get; set; } = TownBounds.Kokonoe.West;
    public double North { get; set; } = TownBounds.Kokonoe.North;
    public double East { get; set; } = TownBounds.Kokonoe.East;

    public TownBounds Bounds => new(South, West, North, East);
}
