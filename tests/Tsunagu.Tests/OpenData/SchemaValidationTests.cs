using System.Text;
using Tsunagu.Web.OpenData.Schemas;

namespace Tsunagu.Tests.OpenData;

public sealed class SchemaValidationTests
{
    [Fact]
    public void Catalogue_HasTheThirteenStandardDatasets()
    {
        Assert.Equal(13, SampleRows.Schemas.All.Count);
        Assert.All(SampleRows.Schemas.All, s => Assert.StartsWith("{code}_", s.FileName, StringComparison.Ordinal));
        Assert.Equal("444618_public_toilet.csv", SampleRows.Schemas.Find("public_toilet")!.FileNameFor("444618"));
    }

    [Theory]
    [MemberData(nameof(SampleRows.SchemaIds), MemberType = typeof(SampleRows))]
    public void Validate_GoodFile_HasNoProblems(string schemaId)
    {
        var schema = SampleRows.Schemas.Find(schemaId)!;

        var report = SampleRows.Validator.Validate(schema, SampleRows.Csv(schema, SampleRows.ValidRow(schema), SampleRows.ValidRow(schema)));

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(2, report.RowCount);
    }

    [Theory]
    [MemberData(nameof(SampleRows.SchemaIds), MemberType = typeof(SampleRows))]
    public void Validate_EachTypedColumnBroken_NamesRowColumnAndProblem(string schemaId)
    {
        var schema = SampleRows.Schemas.Find(schemaId)!;
        foreach (var (column, index) in schema.Columns.Select((c, i) => (c, i)))
        {
            if (SampleRows.Invalid(column) is not { } bad)
            {
                continue;
            }
            var row = SampleRows.ValidRow(schema);
            row[index] = bad;

            var report = SampleRows.Validator.Validate(schema, SampleRows.Csv(schema, SampleRows.ValidRow(schema), row));

            var problem = Assert.Single(report.Problems);
            Assert.Equal(3, problem.Line);
            Assert.Equal(column.Name, problem.Column);
            Assert.Matches("[ぁ-んァ-ヶ一-龯]", problem.Message);
        }
    }

    [Theory]
    [MemberData(nameof(SampleRows.SchemaIds), MemberType = typeof(SampleRows))]
    public void Validate_RequiredValueEmpty_IsReported(string schemaId)
    {
        var schema = SampleRows.Schemas.Find(schemaId)!;
        var required = schema.Columns.Select((c, i) => (c, i)).First(x => x.c.Required);
        var row = SampleRows.ValidRow(schema);
        row[required.i] = "";

        var report = SampleRows.Validator.Validate(schema, SampleRows.Csv(schema, row));

        Assert.Equal($"2行目「{required.c.Name}」: 必須の項目が空欄です。", Assert.Single(report.Problems).ToString());
    }

    [Theory]
    [MemberData(nameof(SampleRows.SchemaIds), MemberType = typeof(SampleRows))]
    public void Validate_MissingExtraOrMisorderedColumns_RefusedAtTheHeader(string schemaId)
    {
        var schema = SampleRows.Schemas.Find(schemaId)!;
        var names = schema.Columns.Select(c => c.Name).ToList();
        var row = SampleRows.ValidRow(schema);

        var missing = SampleRows.Validator.Validate(schema, SampleRows.Csv(names.Skip(1).ToList(), row[1..]));
        var extra = SampleRows.Validator.Validate(schema, SampleRows.Csv([.. names, "独自の列"], [.. row, "x"]));
        var swapped = SampleRows.Validator.Validate(schema, SampleRows.Csv([names[1], names[0], .. names.Skip(2)], [row[1], row[0], .. row[2..]]));

        Assert.Contains(missing.Problems, p => p.Line == 1 && p.Column == names[0] && p.Message == "必要な列がありません。");
        Assert.Contains(extra.Problems, p => p.Line == 1 && p.Column == "独自の列");
        Assert.Equal($"1行目「{names[1]}」: 列の順番が違います。1列目は「{names[0]}」にしてください。", Assert.Single(swapped.Problems).ToString());
    }

    [Fact]
    public void Validate_ShiftJisUpload_IsConvertedAndChecked()
    {
        var schema = SampleRows.Schemas.Find("aed")!;
        var utf8 = SampleRows.Csv(schema, SampleRows.ValidRow(schema));
        var sjis = Encoding.GetEncoding(932).GetBytes(Encoding.UTF8.GetString(utf8, 3, utf8.Length - 3));

        var report = SampleRows.Validator.Validate(schema, sjis);

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal("Shift_JIS", report.Encoding);
        Assert.Equal("九重町役場", report.Rows[0][3]);
    }

    [Fact]
    public void Validate_NeitherUtf8NorShiftJis_IsRefusedWithTheReason()
    {
        var report = SampleRows.Validator.Validate(SampleRows.Schemas.Find("aed")!, [0x81, 0x20, 0xFF, 0xFE, 0x80, 0x0A]);

        Assert.False(report.IsValid);
        Assert.Contains("文字コード", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenQuoting_NamesTheLine()
    {
        var schema = SampleRows.Schemas.Find("fire_hydrant")!;
        var good = string.Join(",", SampleRows.ValidRow(schema));
        var text = string.Join(",", schema.Columns.Select(c => c.Name)) + "\r\n" + good + "\r\n" + "\"444618\"x" + good[6..] + "\r\n";

        var report = SampleRows.Validator.Validate(schema, Encoding.UTF8.GetBytes(text));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("引用符", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongFieldCount_IsReported()
    {
        var schema = SampleRows.Schemas.Find("fire_hydrant")!;
        var text = string.Join(",", schema.Columns.Select(c => c.Name)) + "\r\n444618,1\r\n";

        var report = SampleRows.Validator.Validate(schema, Encoding.UTF8.GetBytes(text));

        Assert.Contains("列の数が見出しと違います", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("444618", true)]
    [InlineData("131016", true)]
    [InlineData("444619", false)]
    [InlineData("44461", false)]
    [InlineData("４４４６１８", false)]
    public void LocalGovernmentCode_CheckDigit(string code, bool valid) => Assert.Equal(valid, LocalGovernmentCode.IsValid(code));

    [Fact]
    public async Task ReadLimited_LongerThanTheLimit_ReturnsNull()
    {
        Assert.Null(await UploadText.ReadLimitedAsync(new MemoryStream(new byte[1001]), 1000, default));
        Assert.Equal(1000, (await UploadText.ReadLimitedAsync(new MemoryStream(new byte[1000]), 1000, default))!.Length);
    }

    [Fact]
    public void Validate_EventEndingBeforeItStarts_IsReported()
    {
        var schema = SampleRows.Schemas.Find("event")!;
        var row = SampleRows.ValidRow(schema);
        row[schema.IndexOf("終了日")] = "2025-03-31";

        var report = SampleRows.Validator.Validate(schema, SampleRows.Csv(schema, row));

        Assert.Equal("2行目「終了日」: 終了日が開始日より前になっています。", Assert.Single(report.Problems).ToString());
    }
}
