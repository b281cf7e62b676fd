namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>One column of a standard dataset, in the order the standard gives.</summary>
public sealed record SchemaColumn(string Name, string Type, bool Required, IReadOnlyList<string>? Values = null);

/// <summary>A dataset of the 自治体標準オープンデータセット, read from catalog/opendata-schemas.</summary>
public sealed record DatasetSchema(
    string Id,
    string Title,
    int Number,
    string FileName,
    bool Geo,
    string Department,
    string Description,
    string Notes,
    IReadOnlyList<SchemaColumn> Columns)
{
    /// <summary>The published file name, e.g. 444618_public_toilet.csv.</summary>
    public string FileNameFor(string localGovernmentCode) => FileName.Replace("{code}", localGovernmentCode, StringComparison.Ordinal);

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }
        return -1;
    }
}
