using CsvHelper;

namespace Tsunagu.Web.OpenData.Schemas;

/// <summary>Checks a CSV file against a standard dataset schema: header, quoting, field counts and every value.</summary>
public sealed class CsvValidator(TownBounds bounds)
{
    public ValidationReport Validate(DatasetSchema schema, byte[] upload)
    {
        var decoded = UploadText.Decode(upload);
        if (decoded.Utf8 is null)
        {
            return ValidationReport.Refused(schema.Id, decoded.Encoding, decoded.Refusal!);
        }
        var problems = new ProblemList();
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            MaxRecordSize = 1 << 20,
            OnMalformedRecord = m => malformed.TryAdd(m.RecordNumber, m.Reason),
        };
        using var reader = CsvReader.Create(decoded.Utf8, options);
        var header = reader.Headers;
        if (header.Count == 0)
        {
            return ValidationReport.Refused(schema.Id, decoded.Encoding, "ファイルが空です。1行目に列名(見出し)を入れてください。");
        }
        HeaderCheck.Compare(schema, header, problems);
        if (problems.Count > 0)
        {
            return problems.ToReport(schema.Id, decoded.Encoding, 0, []);
        }
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (malformed.TryGetValue(reader.RowNumber + 1, out var reason))
            {
                problems.Add(new ValidationProblem(line, null, Describe(reason)));
                continue;
            }
            if (reader.FieldCount != schema.Columns.Count)
            {
                problems.Add(new ValidationProblem(line, null, $"列の数が見出しと違います(見出しは{schema.Columns.Count}列、この行は{reader.FieldCount}列です)。"));
                continue;
            }
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
                if (ValueChecks.Check(schema.Columns[i], row[i], bounds) is { } message)
                {
                    problems.Add(new ValidationProblem(line, schema.Columns[i].Name, message));
                }
            }
            RowRules.Check(schema, row, line, problems);
            rows.Add(row);
        }
        return problems.ToReport(schema.Id, decoded.Encoding, rows.Count, rows);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "引用符(\")が閉じられていません。",
        CsvMalformedReason.TextAfterClosingQuote => "閉じた引用符(\")の後に文字があります。値全体を引用符で囲み、中の \" は \"\" と書いてください。",
        CsvMalformedReason.StrayQuote => "引用符で囲まれていない値の中に引用符(\")があります。値全体を引用符で囲み、中の \" は \"\" と書いてください。",
        _ => "この行の区切りや引用符の使い方が正しくありません。",
    };
}
