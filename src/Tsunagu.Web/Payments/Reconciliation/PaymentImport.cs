using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments.Reconciliation;

/// <summary>The outcome of one payment file: counts per result, or the problems that stopped it.</summary>
public sealed record PaymentImportReport(bool AlreadyImported, IReadOnlyDictionary<MatchResult, int> Results, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Imports payment results (収納データ) and reconciles them (消込) by 納付番号, in one transaction per file. The layout
/// (docs/payments.md) is UTF-8 CSV <c>種別,納付番号,金額,納付日,収納機関</c>, 種別 速報 or 確報, one line break after every
/// row. Agencies' own formats are converted into it at the edge. A file already imported (same SHA-256) changes nothing.
/// </summary>
public sealed class PaymentImport(TsunaguDb db, AuditLog audit, TimeProvider clock)
{
    public static readonly string[] Header = ["種別", "納付番号", "金額", "納付日", "収納機関"];

    public async Task<PaymentImportReport> ImportAsync(byte[] file, string fileName, string importedBy, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(file));
        if (await db.Set<PaymentFile>().AnyAsync(f => f.Sha256 == hash, ct))
        {
            return new PaymentImportReport(true, new Dictionary<MatchResult, int>(), []);
        }
        var (rows, problems) = Read(file);
        if (problems.Count > 0)
        {
            return new PaymentImportReport(false, new Dictionary<MatchResult, int>(), problems);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var paymentFile = new PaymentFile { Id = Guid.NewGuid(), Sha256 = hash, FileName = Path.GetFileName(fileName), Rows = rows.Count, ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = importedBy };
        db.Set<PaymentFile>().Add(paymentFile);
        var numbers = rows.Select(r => r.PaymentNumber).Distinct().ToList();
        var instalments = await db.Set<Instalment>().Where(i => numbers.Contains(i.PaymentNumber)).ToDictionaryAsync(i => i.PaymentNumber, ct);
        var preliminaries = await db.Set<PaymentRecord>().Where(r => numbers.Contains(r.PaymentNumber) && r.Kind == ReportKind.Preliminary).ToListAsync(ct);
        foreach (var row in rows)
        {
            row.FileId = paymentFile.Id;
            Matcher.Apply(row, instalments.GetValueOrDefault(row.PaymentNumber), preliminaries);
            db.Set<PaymentRecord>().Add(row);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var results = rows.GroupBy(r => r.Result).ToDictionary(g => g.Key, g => g.Count());
        await audit.AppendAsync(importedBy, "payments.import", "payment-file", paymentFile.Id.ToString(),
            $"{paymentFile.FileName}: {string.Join(", ", results.Select(r => $"{r.Key} {r.Value}"))}", ct);
        return new PaymentImportReport(false, results, []);
    }

    private static (List<PaymentRecord> Rows, List<ImportProblem> Problems) Read(byte[] bytes)
    {
        var rows = new List<PaymentRecord>();
        var problems = new List<ImportProblem>();
        var (opened, problem) = ImportFiles.Open(bytes, Header);
        if (problem is not null)
        {
            return (rows, [problem]);
        }
        using var reader = opened!;
        var n = 0;
        while (reader.Read())
        {
            n++;
            if (reader.FieldCount != Header.Length)
            {
                problems.Add(new(n, "行", $"列が{Header.Length}つではありません。"));
                continue;
            }
            ReportKind? kind = reader.GetString(0) switch { "速報" => ReportKind.Preliminary, "確報" => ReportKind.Final, _ => null };
            var amountOk = long.TryParse(reader.GetString(2), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount is > 0 and <= 10_000_000;
            var dateOk = DateOnly.TryParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidOn);
            if (kind is null) { problems.Add(new(n, "種別", "「速報」か「確報」にしてください。")); }
            if (!amountOk) { problems.Add(new(n, "金額", "1円以上の整数にしてください。")); }
            if (!dateOk) { problems.Add(new(n, "納付日", "YYYY-MM-DD の形にしてください。")); }
            if (kind is { } k && amountOk && dateOk)
            {
                rows.Add(new PaymentRecord { Id = Guid.NewGuid(), Row = n, Kind = k, PaymentNumber = reader.GetString(1).Trim(), Amount = amount, PaidOn = paidOn, Agency = reader.GetString(4).Trim() });
            }
        }
        return (rows, problems);
    }
}

/// <summary>The 消込 rules for one reported payment.</summary>
public static class Matcher
{
    public static void Apply(PaymentRecord row, Instalment? instalment, List<PaymentRecord> preliminaries)
    {
        if (instalment is null || !SlipNumbers.IsValid(row.PaymentNumber))
        {
            row.Result = MatchResult.Unknown;
            return;
        }
        ApplyTo(row, instalment, preliminaries);
    }

    /// <summary>Applies the payment to the instalment (found by its number, or chosen by staff for a mistyped one).</summary>
    public static void ApplyTo(PaymentRecord row, Instalment instalment, List<PaymentRecord> preliminaries)
    {
        row.InstalmentId = instalment.Id;
        if (row.Kind == ReportKind.Preliminary)
        {
            row.Result = MatchResult.Noted;
            row.Resolved = true;
            preliminaries.Add(row);
            return;
        }
        var due = instalment.Amount - instalment.Paid;
        var applied = Math.Min(due, row.Amount);
        instalment.Paid += applied;
        row.Refund = row.Amount - applied;
        var preliminary = preliminaries.FirstOrDefault(p => p.InstalmentId == instalment.Id && p.PaidOn == row.PaidOn);
        (row.Result, row.Resolved) = due <= 0 ? (MatchResult.PaidTwice, false)
            : row.Refund > 0 ? (MatchResult.Overpaid, false)
            : preliminary is not null && preliminary.Amount != row.Amount ? (MatchResult.DiffersFromPreliminary, false)
            : (MatchResult.Applied, true);
    }
}
