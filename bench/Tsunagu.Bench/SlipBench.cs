using System.Diagnostics;
using System.Globalization;
using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;

namespace Tsunagu.Bench;

/// <summary>
/// The town's annual slip run: every household × 3 funds × their instalments, one PDF per household, on all cores.
/// Usage: dotnet run -c Release --project bench/Tsunagu.Bench -- slips [households]
/// </summary>
public static class SlipBench
{
    public static void Run(string[] args)
    {
        var households = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3300;
        var document = new PaymentSlipDocument(new SlipOptions("44462", "944462", "001", true), new ProvisionalElQrEncoder());
        var printedAt = DateTimeOffset.UtcNow;
        Household(document, 0, printedAt);
        var pages = 0L;
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, households, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, h =>
        {
            var (count, size) = Household(document, h, printedAt);
            Interlocked.Add(ref pages, count);
            Interlocked.Add(ref bytes, size);
        });
        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
        Console.WriteLine("| households | PDFs | pages | cores | seconds | pages/s | peak working set | output |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| {households} | {households} | {pages} | {Environment.ProcessorCount} | {clock.Elapsed.TotalSeconds:F1} | {pages / clock.Elapsed.TotalSeconds:F0} | {peak} MB | {bytes / 1024 / 1024} MB |");
    }

    private static (int Pages, long Bytes) Household(PaymentSlipDocument document, int h, DateTimeOffset printedAt)
    {
        var assessments = Funds.All.Select((fund, f) =>
        {
            var number = (h * 3) + f + 1;
            var a = new Assessment
            {
                Fund = fund,
                FiscalYear = 2026,
                Number = number,
                PayerName = $"九重　太郎{h % 100}",
                PostalCode = "879-4895",
                Address = $"大分県玖珠郡九重町大字後野上{h}番地",
                AnnualAmount = 60_000 + (h % 500 * 100),
            };
            a.Instalments = [.. InstalmentPlan.Split(fund, 2026, a.AnnualAmount).Select(p =>
            {
                var paymentNumber = SlipNumbers.PaymentNumber(fund, 2026, number, p.Number);
                return new Instalment { Number = p.Number, DueOn = p.DueOn, Amount = p.Amount, PaymentNumber = paymentNumber, ConfirmationNumber = SlipNumbers.ConfirmationNumber(paymentNumber, 0) };
            })];
            return a;
        }).ToList();
        var pages = assessments.SelectMany(a => a.Instalments.Select(i => (a, i))).ToList();
        return (pages.Count, document.Render(assessments, pages, printedAt).Length);
    }
}
