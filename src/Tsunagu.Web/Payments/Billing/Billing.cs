using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>One assessment to bill: fund, year, payer (registry id) and annual amount in yen.</summary>
public sealed record AssessmentLine(Fund Fund, int FiscalYear, Guid Payer, long AnnualAmount);

/// <summary>
/// Creates assessments with their instalments and 納付番号, and prints slips. Printing never changes a number: a re-print
/// of a household's slips shows the same 納付番号 and 確認番号.
/// </summary>
public sealed class Billing(TsunaguDb db, IRegistryExtracts registry, PaymentSlipDocument slips, TimeProvider clock)
{
    public const string Purpose = "保険料の賦課と納付書の作成";

    /// <summary>Adds the lines in one transaction; a line whose payer already has that fund and year is refused by the caller's check.</summary>
    public async Task<IReadOnlyList<Assessment>> CreateAsync(IReadOnlyList<AssessmentLine> lines, string source, CancellationToken ct)
    {
        var created = new List<Assessment>();
        var next = new Dictionary<(Fund, int), long>();
        var now = clock.GetUtcNow().UtcDateTime;
        // One registry read for the whole run: a town-wide import names thousands of payers.
        var payers = (await registry.HouseholdsAsync(Purpose, ct))
            .SelectMany(h => h.Members.Select(m => (Person: m, Household: h))).ToDictionary(p => p.Person.Id.Value);
        foreach (var line in lines)
        {
            var key = (line.Fund, line.FiscalYear);
            if (!next.TryGetValue(key, out var number))
            {
                number = (await db.Set<Assessment>().Where(a => a.Fund == line.Fund && a.FiscalYear == line.FiscalYear).MaxAsync(a => (long?)a.Number, ct) ?? 0) + 1;
            }
            next[key] = number + 1;
            var found = payers.TryGetValue(line.Payer, out var p) ? p : throw new InvalidOperationException($"payer {line.Payer} is not a current resident");
            var assessment = new Assessment
            {
                Id = Guid.CreateVersion7(),
                Fund = line.Fund,
                FiscalYear = line.FiscalYear,
                Number = number,
                HouseholdId = found.Household.Id.Value,
                PayerResidentId = line.Payer,
                PayerName = found.Person.FullName,
                PayerKana = found.Person.FullNameKana,
                PostalCode = found.Household.Address.PostalCode,
                Address = found.Household.Address.FullText,
                AnnualAmount = line.AnnualAmount,
                Source = source,
                CreatedAt = now,
            };
            foreach (var planned in InstalmentPlan.Split(line.Fund, line.FiscalYear, line.AnnualAmount))
            {
                var paymentNumber = SlipNumbers.PaymentNumber(line.Fund, line.FiscalYear, number, planned.Number);
                assessment.Instalments.Add(new Instalment
                {
                    Id = Guid.CreateVersion7(),
                    AssessmentId = assessment.Id,
                    Number = planned.Number,
                    DueOn = planned.DueOn,
                    Amount = planned.Amount,
                    PaymentNumber = paymentNumber,
                    ConfirmationNumber = SlipNumbers.ConfirmationNumber(paymentNumber, 0),
                });
            }
            db.Set<Assessment>().Add(assessment);
            created.Add(assessment);
        }
        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>Every slip of a household's assessments for the year, instalments not fully paid; null when it has none.</summary>
    public async Task<byte[]?> HouseholdSlipsAsync(Guid household, int fiscalYear, CancellationToken ct)
    {
        // Ordered in memory: the fund is stored by name, and slips follow the enum's order (国保, 介護, 後期高齢).
        var assessments = (await db.Set<Assessment>().Include(a => a.Instalments)
            .Where(a => a.HouseholdId == household && a.FiscalYear == fiscalYear).ToListAsync(ct)).OrderBy(a => a.Fund).ThenBy(a => a.Number).ToList();
        if (assessments.Count == 0)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        using var merged = new MemoryStream();
        var pages = assessments.SelectMany(a => a.Instalments.Where(i => i.Paid < i.Amount).OrderBy(i => i.Number).Select(i => (a, i))).ToList();
        foreach (var (_, i) in pages)
        {
            i.PrintedAt ??= now.UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        return slips.Render(assessments, pages, now);
    }
}
