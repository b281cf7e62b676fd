using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>Starts slip runs and advances them batch by batch (the background service calls <see cref="StepAsync"/>).</summary>
public sealed class SlipRuns(TsunaguDb db, Billing billing, DataDirectory data, TimeProvider clock, ILogger<SlipRuns> log)
{
    public const int BatchSize = 25;

    public async Task<(SlipRun? Run, string? Refusal)> StartAsync(int fiscalYear, string requestedBy, CancellationToken ct)
    {
        if (await db.Set<SlipRun>().AnyAsync(r => r.FiscalYear == fiscalYear && r.Status == SlipRunStatus.Running, ct))
        {
            return (null, "この年度の一括作成は実行中です。終わるまでお待ちください。");
        }
        var households = await db.Set<Assessment>().Where(a => a.FiscalYear == fiscalYear).Select(a => a.HouseholdId).Distinct().CountAsync(ct);
        if (households == 0)
        {
            return (null, "この年度の賦課がありません。先に賦課を取り込んでください。");
        }
        var id = Guid.NewGuid();
        var run = new SlipRun
        {
            Id = id,
            FiscalYear = fiscalYear,
            Status = SlipRunStatus.Running,
            Households = households,
            RequestedBy = requestedBy,
            Folder = data.Combine("slips", fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), id.ToString("N")),
            StartedAt = clock.GetUtcNow().UtcDateTime,
            Version = 1,
        };
        db.Set<SlipRun>().Add(run);
        await db.SaveChangesAsync(ct);
        return (run, null);
    }

    /// <summary>Prints the next batch of the oldest running run; false when there was nothing to do.</summary>
    public async Task<bool> StepAsync(CancellationToken ct)
    {
        var run = await db.Set<SlipRun>().Where(r => r.Status == SlipRunStatus.Running).OrderBy(r => r.StartedAt).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return false;
        }
        var after = run.LastHousehold;
        var batch = await db.Set<Assessment>().Where(a => a.FiscalYear == run.FiscalYear && (after == null || a.HouseholdId.CompareTo(after.Value) > 0))
            .Select(a => a.HouseholdId).Distinct().OrderBy(h => h).Take(BatchSize).ToListAsync(ct);
        Directory.CreateDirectory(run.Folder);
        foreach (var household in batch)
        {
            var file = Path.Combine(run.Folder, $"{household:N}.pdf");
            // A file already there was printed before a restart: never print it twice.
            if (!File.Exists(file) && await billing.HouseholdSlipsAsync(household, run.FiscalYear, ct) is { } pdf)
            {
                var temp = $"{file}.{Guid.NewGuid():N}.tmp";
                await File.WriteAllBytesAsync(temp, pdf, ct);
                try
                {
                    File.Move(temp, file, overwrite: false);
                }
                catch (IOException) when (File.Exists(file))
                {
                    // Another node printed the same household a moment earlier: keep its file, never a second one.
                    File.Delete(temp);
                }
            }
            run.Done++;
            run.LastHousehold = household;
        }
        if (batch.Count < BatchSize)
        {
            (run.Status, run.FinishedAt) = (SlipRunStatus.Done, clock.GetUtcNow().UtcDateTime);
            log.LogInformation("Slip run {Run} for {Year}: {Done} households", run.Id, run.FiscalYear, run.Done);
        }
        run.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node advanced the same run; its progress stands and the files it wrote are skipped next time.
            db.ChangeTracker.Clear();
        }
        return true;
    }
}

/// <summary>Advances slip runs in the background; a run survives restarts because its progress is in the database.</summary>
internal sealed class SlipRunService(IServiceScopeFactory scopes, ILogger<SlipRunService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                worked = await scope.ServiceProvider.GetRequiredService<SlipRuns>().StepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Slip run step failed; trying again");
            }
            if (!worked)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
