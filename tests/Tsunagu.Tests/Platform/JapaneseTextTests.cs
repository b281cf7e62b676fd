using Tsunagu.Web.Platform.Japanese;

namespace Tsunagu.Tests.Platform;

public sealed class JapaneseTextTests
{
    [Theory]
    [InlineData("じゅうみんひょう", "ジュウミンヒョウ")]
    [InlineData("ｼﾞｭｳﾐﾝﾋｮｳ", "ジュウミンヒョウ")]
    [InlineData("サトウ　タロウ", "サトウタロウ")]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    public void FoldForSearch_WidthAndKanaVariants_FoldToOneForm(string input, string expected) =>
        Assert.Equal(expected, Kana.FoldForSearch(input));

    [Theory]
    [InlineData("サトウ　タロウ", true)]
    [InlineData("ｻﾄｳ", true)]
    [InlineData("さとう", false)]
    [InlineData("佐藤", false)]
    [InlineData("", false)]
    public void IsKatakana_VariousText_AcceptsOnlyKatakana(string input, bool expected) =>
        Assert.Equal(expected, Kana.IsKatakana(input));

    [Theory]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    [InlineData(2026, 11, 24, "令和8年11月24日")]
    [InlineData(1926, 12, 25, "昭和元年12月25日")]
    public void Format_EraBoundaries_UsesRightEraAndGannen(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Wareki.Format(new DateOnly(y, m, d)));

    [Theory]
    [InlineData("昭和25年4月1日", 1950, 4, 1)]
    [InlineData("S25.4.1", 1950, 4, 1)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    [InlineData("Ｒ８．１１．２４", 2026, 11, 24)]
    [InlineData("1950-04-01", 1950, 4, 1)]
    public void Parse_CommonWritings_ReadTheDate(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Wareki.Parse(text));

    [Theory]
    [InlineData("平成31年5月1日")] // 平成 ended on 30 April 2019
    [InlineData("昭和25年2月30日")]
    [InlineData("令和0年1月1日")]
    [InlineData("きのう")]
    [InlineData("")]
    public void Parse_ImpossibleDates_ReturnNull(string text) =>
        Assert.Null(Wareki.Parse(text));
}
