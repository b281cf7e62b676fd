using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Tests.Procedures;

public sealed class FieldCheckTests
{
    private static FieldDefinition Field(string type, string label = "項目", params string[] options) =>
        new() { Id = "x", Type = type, Label = label, Options = options, Min = type is "number" ? 1 : null, Max = type is "number" ? 10 : null };

    [Theory]
    [InlineData("katakana", "ｺｺﾉｴ ﾀﾛｳ", "ココノエ　タロウ")]
    [InlineData("date", "R6.4.1", "2024-04-01")]
    [InlineData("date", "令和元年5月1日", "2019-05-01")]
    [InlineData("postal-code", "８７９４８９５", "879-4895")]
    [InlineData("phone", "０９７３－７６－００００", "0973-76-0000")]
    [InlineData("money", "12,000円", "12000")]
    [InlineData("number", "３", "3")]
    [InlineData("email", "taro@example.jp", "taro@example.jp")]
    [InlineData("text", "  九重\u0000町  ", "九重町")]
    public void Check_GoodInput_IsNormalised(string type, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Check(Field(type), input).Value);

    [Theory]
    [InlineData("katakana", "ここのえ", "全角カタカナ")]
    [InlineData("katakana", "<script>alert(1)</script>", "全角カタカナ")]
    [InlineData("date", "平成31年5月1日", "日付")]
    [InlineData("date", "'; DROP TABLE residents; --", "日付")]
    [InlineData("postal-code", "87948", "7けた")]
    [InlineData("phone", "abc", "市外局番")]
    [InlineData("number", "11", "1から10")]
    [InlineData("number", "一", "数字")]
    [InlineData("email", "taro@", "形式")]
    [InlineData("yesno", "maybe", "はい")]
    [InlineData("consent", "no", "同意")]
    public void Check_WrongInput_NamesTheFieldInJapanese(string type, string input, string expectedPart)
    {
        var result = FieldCheck.Check(Field(type, "申請者の項目"), input);

        Assert.Null(result.Value);
        Assert.StartsWith("申請者の項目", result.Error, StringComparison.Ordinal);
        Assert.Contains(expectedPart, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SelectWithForgedValue_IsRefused() =>
        Assert.NotNull(FieldCheck.Check(Field("select", "使いみち", "就職", "年金"), "<b>forged</b>").Error);

    [Fact]
    public void Check_TenMegabyteString_IsRefusedByLength() =>
        Assert.Contains("200文字以内", FieldCheck.Check(Field("text", "氏名"), new string('あ', 10 * 1024 * 1024)).Error, StringComparison.Ordinal);

    [Fact]
    public void Check_Empty_IsNotAnErrorByItself() =>
        Assert.Equal(FieldResult.Ok(null), FieldCheck.Check(Field("text"), "   "));

    [Fact]
    public void Check_HtmlInText_IsKeptAsTextForEncodingOnOutput() =>
        Assert.Equal("<b>太郎</b>", FieldCheck.Check(Field("text"), "<b>太郎</b>").Value);

    [Fact]
    public void Sniff_ContentNotName_DecidesTheKind()
    {
        Assert.Equal("pdf", Tsunagu.Web.Platform.Files.FileKinds.Sniff("%PDF-1.7\n"u8));
        Assert.Equal("png", Tsunagu.Web.Platform.Files.FileKinds.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Null(Tsunagu.Web.Platform.Files.FileKinds.Sniff("MZ\x90\0 this is an exe"u8));
    }
}
