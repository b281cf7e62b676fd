using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Tests.Cases;

public sealed class DemoCasesTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    [Fact]
    public async Task DemoTown_HasInboxesInEveryDepartmentWithOpenAndOverdueCases()
    {
        var cases = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().AsNoTracking().ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

        Assert.True(cases.Select(c => c.Department).Distinct().Count() >= 10, string.Join(",", cases.Select(c => c.Department).Distinct()));
        Assert.Contains(cases, c => c.Status == CaseStatus.InReview);
        Assert.Contains(cases, c => c.Status == CaseStatus.Received);
        Assert.Contains(cases, c => c.DueOn < today);
        Assert.All(cases, c => Assert.StartsWith("DEMO-", c.SourceReference, StringComparison.Ordinal));
    }
}
