using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Cases.Export;

/// <summary>What is exported of a completed case. The layout is documented in docs/cases-export.md.</summary>
public sealed record ExportedCase(
    string CaseNumber, string? ReceiptNumber, string ProcedureId, string ProcedureName, string Department, string Channel,
    string ApplicantName, string ApplicantKana, Guid? ResidentId, DateTime ReceivedAt, DateTime? CompletedAt, string Outcome,
    IReadOnlyList<KeyValuePair<string, string>> Answers, IReadOnlyList<ExportedStep> History);

public sealed record ExportedStep(DateTime At, string Status, string By);

/// <summary>
/// Layout <c>tsunagu-case/1</c>: CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, one header row and one data row) and
/// JSON. Times in ISO 8601 with the +09:00 offset. Output depends only on the case, so a re-export is byte-identical.
/// </summary>
public static class ExportLayout
{
    public const string Version = "tsunagu-case/1";

    public static readonly IReadOnlyList<string> FixedColumns =
    [
        "layout", "case_number", "receipt_number", "procedure_id", "procedure_name", "department", "channel",
        "applicant_name", "applicant_kana", "resident_id", "received_at", "completed_at", "outcome",
    ];

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static byte[] Csv(ExportedCase c)
    {
        var header = FixedColumns.Concat(c.Answers.Select(a => "answer." + a.Key));
        var row = new[]
        {
            Version, c.CaseNumber, c.ReceiptNumber ?? "", c.ProcedureId, c.ProcedureName, c.Department, c.Channel,
            c.ApplicantName, c.ApplicantKana, c.ResidentId?.ToString() ?? "", Time(c.ReceivedAt), c.CompletedAt is { } d ? Time(d) : "", c.Outcome,
        }.Concat(c.Answers.Select(a => a.Value));
        var text = new StringBuilder();
        text.Append(string.Join(',', header.Select(h => Quote(h)))).Append("\r\n");
        text.Append(string.Join(',', row.Select(v => Quote(v)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Json(ExportedCase c) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        Layout = Version,
        c.CaseNumber,
        c.ReceiptNumber,
        c.ProcedureId,
        c.ProcedureName,
        c.Department,
        c.Channel,
        Applicant = new { Name = c.ApplicantName, Kana = c.ApplicantKana, c.ResidentId },
        ReceivedAt = Time(c.ReceivedAt),
        CompletedAt = c.CompletedAt is { } d ? Time(d) : null,
        c.Outcome,
        Answers = c.Answers.ToDictionary(a => a.Key, a => a.Value),
        History = c.History.Select(h => new { At = Time(h.At), h.Status, h.By }),
    }, s_json);

    public static string Time(DateTime utc) => JapanTime.ToJapan(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// RFC 4180: quote every field, double inner quotes. For files people open in a spreadsheet, a leading = + - @ is
    /// prefixed with ' so it is never run as a formula; files for core systems keep the value exact.
    /// </summary>
    public static string Quote(string value, bool forSpreadsheet = false)
    {
        var safe = forSpreadsheet && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
