using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Tests.Payments;

public sealed class SlipRunTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    [Fact]
    public async Task Run_PrintsOnePdfPerHousehold_ResumesAfterARestart_AndNeverPrintsAHouseholdTwice()
    {
        var year = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Assessment>().Select(a => a.FiscalYear).FirstAsync());
        var (run, refusal) = await factory.WithScopeAsync(sp => sp.GetRequiredService<SlipRuns>().StartAsync(year, "test", default));
        Assert.Null(refusal);
        var (_, second) = await factory.WithScopeAsync(sp => sp.GetRequiredService<SlipRuns>().StartAsync(year, "test", default));
        Assert.NotNull(second);

        // A file from before a "restart": the run must leave it as it is.
        var households = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Assessment>().Where(a => a.FiscalYear == year)
            .Select(a => a.HouseholdId).Distinct().OrderBy(h => h).ToListAsync());
        Directory.CreateDirectory(run!.Folder);
        var earlier = Path.Combine(run.Folder, $"{households[0]:N}.pdf");
        await File.WriteAllTextAsync(earlier, "printed before the restart");
        for (var i = 0; i < 200; i++)
        {
            var status = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<SlipRun>().AsNoTracking().SingleAsync(r => r.Id == run.Id));
            if (status.Status == SlipRunStatus.Done)
            {
                break;
            }
            // Each scope is a fresh "node": progress comes only from the database.
            await factory.WithScopeAsync(sp => sp.GetRequiredService<SlipRuns>().StepAsync(default));
        }

        var done = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<SlipRun>().AsNoTracking().SingleAsync(r => r.Id == run.Id));
        Assert.Equal(SlipRunStatus.Done, done.Status);
        Assert.Equal(households.Count, done.Done);
        Assert.Equal(households.Count, Directory.GetFiles(run.Folder, "*.pdf").Length);
        Assert.Equal("printed before the restart", await File.ReadAllTextAsync(earlier));
        Assert.Contains("納付書", PdfTools.Text(await File.ReadAllBytesAsync(Path.Combine(run.Folder, $"{households[^1]:N}.pdf"))), StringComparison.Ordinal);
    }
}
