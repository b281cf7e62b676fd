using Tsunagu.Web.OpenData.Live;

namespace Tsunagu.Tests.OpenData;

public sealed class SuppressionTests
{
    [Fact]
    public void Apply_SmallCount_IsHiddenWithAPartnerInEverySum()
    {
        // One row: total, then three bands; the band of 1 person must not be derivable from the total.
        int[,] counts = { { 16, 1, 5, 10 } };
        List<IReadOnlyList<(int, int)>> sums = [[(0, 0), (0, 1), (0, 2), (0, 3)]];

        var hidden = new Suppression(counts).Apply(3, sums);

        Assert.True(hidden.IsHidden(0, 1));
        Assert.True(hidden.IsHidden(0, 2));
        Assert.False(hidden.IsHidden(0, 3));
        Assert.False(hidden.IsHidden(0, 0));
    }

    [Fact]
    public void Apply_ZeroAndThreshold_AreShown()
    {
        int[,] counts = { { 0, 3 } };

        var hidden = new Suppression(counts).Apply(3, []);

        Assert.False(hidden.IsHidden(0, 0));
        Assert.False(hidden.IsHidden(0, 1));
    }
}
