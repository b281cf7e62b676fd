namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>The header must name the standard's columns exactly and in order: other sites merge files by position.</summary>
internal static class HeaderCheck
{
    public static void Compare(DatasetSchema schema, IReadOnlyList<string> header, ProblemList problems)
    {
        var expected = schema.Columns.Select(c => c.Name).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!seen.Add(name))
            {
                problems.Add(new ValidationProblem(1, name, "同じ名前の列が二つ以上あります。"));
            }
            else if (!expected.Contains(name))
            {
                problems.Add(new ValidationProblem(1, name, "標準にない列です。列名の表記(全角・半角、括弧)を確かめるか、列を削除してください。"));
            }
        }
        foreach (var name in expected.Where(n => !header.Contains(n)))
        {
            problems.Add(new ValidationProblem(1, name, "必要な列がありません。"));
        }
        if (problems.Count > 0)
        {
            return;
        }
        for (var i = 0; i < expected.Count; i++)
        {
            if (header[i] != expected[i])
            {
                problems.Add(new ValidationProblem(1, header[i], $"列の順番が違います。{i + 1}列目は「{expected[i]}」にしてください。"));
                return;
            }
        }
    }
}
