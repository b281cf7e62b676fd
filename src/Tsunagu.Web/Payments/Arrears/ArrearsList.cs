using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Arrears;

/// <summary>Which overdue instalments staff want to see: fund, fiscal year, at least so many days late, part of the address.</summary>
public sealed record ArrearsFilter(Fund? Fund, int? FiscalYear, int MinDaysOverdue, string? Address, bool OnlyWithoutReminder);

/// <summary>One instalment past its due date and not fully paid, with the last 督促状 issued for it.</summary>
public sealed record OverdueInstalment(Assessment Assessment, Instalment Instalment, int DaysOverdue, DateOnly? RemindedOn)
{
    public long Unpaid => Instalment.Amount - Instalment.Paid;
}

/// <summary>
/// The arrears list (滞納一覧) and its 督促状: instalments past their due date and not fully paid, oldest first. Reminders
/// are printed at most <see cref="MaxReminders"/> to a file and each one issued is recorded, so pressing again prints the
/// next ones rather than the same again.
/// </summary>
public sealed class ArrearsList(TsunaguDb db, PaymentSlipDocument slips, TimeProvider clock)
{
    public const int MaxReminders = 1000;
    public const int MaxCsvRows = 50_000;

    public async Task<(IReadOnlyList<OverdueInstalment> Rows, int Total, long Yen)> FindAsync(ArrearsFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var yen = total == 0 ? 0 : await query.SumAsync(x => x.Instalment.Amount - x.Instalment.Paid, ct);
        var rows = await query.OrderBy(x => x.Instalment.DueOn).ThenBy(x => x.Assessment.HouseholdId).ThenBy(x => x.Instalment.PaymentNumber)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (await WithRemindersAsync(rows, ct), total, yen);
    }

    public async Task<byte[]> CsvAsync(ArrearsFilter filter, CancellationToken ct)
    {
        var rows = await WithRemindersAsync(await Query(filter).OrderBy(x => x.Instalment.DueOn).ThenBy(x => x.Instalment.PaymentNumber).Take(MaxCsvRows).ToListAsync(ct), ct);
        using var buffer = new MemoryStream();
        // Names and addresses are text a spreadsheet must never run as a formula.
        using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var h in (string[])["科目", "年度", "期別", "納期限", "経過日数", "未納額", "納付番号", "通知書番号", "納付者", "フリガナ", "住所", "督促日"])
            {
                csv.WriteField(h);
            }
            csv.EndRecord();
            foreach (var r in rows)
            {
                foreach (var v in (string[])[Funds.Name(r.Assessment.Fund), Inv(r.Assessment.FiscalYear), Inv(r.Instalment.Number), r.Instalment.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Inv(r.DaysOverdue), Inv(r.Unpaid), r.Instalment.PaymentNumber, Inv(r.Assessment.Number), r.Assessment.PayerName, r.Assessment.PayerKana, r.Assessment.Address,
                    r.RemindedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""])
                {
                    csv.WriteField(v);
                }
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>督促状 兼 納付書 for the overdue instalments the filter names, oldest first, recording each as issued.</summary>
    public async Task<(byte[]? Pdf, int Count)> RemindersAsync(ArrearsFilter filter, string staff, CancellationToken ct)
    {
        var rows = await Query(filter).OrderBy(x => x.Instalment.DueOn).ThenBy(x => x.Assessment.HouseholdId).ThenBy(x => x.Instalment.PaymentNumber)
            .Take(MaxReminders).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return (null, 0);
        }
        var today = JapanTime.Today(clock);
        var ordered = rows.OrderBy(x => x.Assessment.HouseholdId).ThenBy(x => x.Assessment.Fund).ThenBy(x => x.Instalment.Number).ToList();
        var pdf = slips.Render([.. ordered.Select(x => x.Assessment).Distinct()], ordered.Select(x => (x.Assessment, x.Instalment)), clock.GetUtcNow(), reminder: true);
        db.Set<ReminderNotice>().AddRange(rows.Select(x => new ReminderNotice
        {
            Id = Guid.CreateVersion7(),
            InstalmentId = x.Instalment.Id,
            IssuedOn = today,
            IssuedBy = staff,
            Unpaid = x.Instalment.Amount - x.Instalment.Paid,
        }));
        await db.SaveChangesAsync(ct);
        return (pdf, rows.Count);
    }

    private IQueryable<Row> Query(ArrearsFilter filter)
    {
        var today = JapanTime.Today(clock);
        var dueBefore = today.AddDays(-Math.Max(0, filter.MinDaysOverdue));
        var query = db.Set<Instalment>().AsNoTracking().Where(i => i.DueOn < dueBefore && i.Paid < i.Amount)
            .Join(db.Set<Assessment>().AsNoTracking(), i => i.AssessmentId, a => a.Id, (i, a) => new Row { Instalment = i, Assessment = a });
        if (filter.Fund is { } fund)
        {
            query = query.Where(x => x.Assessment.Fund == fund);
        }
        if (filter.FiscalYear is { } year)
        {
            query = query.Where(x => x.Assessment.FiscalYear == year);
        }
        if (!string.IsNullOrWhiteSpace(filter.Address))
        {
            var part = filter.Address.Trim();
            query = query.Where(x => x.Assessment.Address.Contains(part));
        }
        if (filter.OnlyWithoutReminder)
        {
            query = query.Where(x => !db.Set<ReminderNotice>().Any(n => n.InstalmentId == x.Instalment.Id));
        }
        return query;
    }

    private async Task<IReadOnlyList<OverdueInstalment>> WithRemindersAsync(List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Instalment.Id).ToList();
        var reminded = (await db.Set<ReminderNotice>().AsNoTracking().Where(n => ids.Contains(n.InstalmentId)).Select(n => new { n.InstalmentId, n.IssuedOn }).ToListAsync(ct))
            .GroupBy(n => n.InstalmentId).ToDictionary(g => g.Key, g => g.Max(n => n.IssuedOn));
        var today = JapanTime.Today(clock);
        return [.. rows.Select(r => new OverdueInstalment(r.Assessment, r.Instalment, today.DayNumber - r.Instalment.DueOn.DayNumber,
            reminded.TryGetValue(r.Instalment.Id, out var on) ? on : null))];
    }

    private static string Inv(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public required Instalment Instalment { get; init; }
        public required Assessment Assessment { get; init; }
    }
}
