using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Tests.Platform;

public sealed class AuditLogTests : IClassFixture<TsunaguFactory>
{
    private readonly TsunaguFactory _factory;

    public AuditLogTests(TsunaguFactory factory)
    {
        _factory = factory;
        _ = factory.Services; // starts the host: migrations applied
    }

    private Task<AuditEntry> AppendAsync(string subject) =>
        _factory.WithScopeAsync(sp => sp.GetRequiredService<AuditLog>().AppendAsync("staff-1", "resident.read", "resident", subject, "窓口での本人確認"));

    private Task<AuditVerification> VerifyAsync() =>
        _factory.WithScopeAsync(sp => sp.GetRequiredService<AuditLog>().VerifyAsync());

    [Fact]
    public async Task AppendAsync_SeveralEntries_ChainsEachToThePrevious()
    {
        var first = await AppendAsync("a");
        var second = await AppendAsync("b");

        Assert.Equal(first.Id + 1, second.Id);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(AuditChain.ComputeHash(second), second.Hash);
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_KeepOneUnbrokenChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => AppendAsync($"concurrent-{i}")));

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Reason);
        Assert.True(result.EntriesChecked >= 20);
    }

    [Fact]
    public async Task VerifyAsync_RowEditedInDatabase_NamesTheTamperedEntry()
    {
        using var tamper = new TsunaguFactory();
        await tamper.WithScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<AuditLog>();
            for (var i = 0; i < 5; i++)
            {
                await log.AppendAsync("staff-1", "resident.read", "resident", $"p{i}", "証明書の発行");
            }
            var db = sp.GetRequiredService<TsunaguDb>();
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Purpose\" = {0} WHERE \"Id\" = 3", "改ざん");

            var result = await log.VerifyAsync();

            Assert.False(result.IsIntact);
            Assert.Equal(3, result.FirstBrokenId);
        });
    }

    [Fact]
    public async Task VerifyAsync_RowDeleted_NamesTheGap()
    {
        using var tamper = new TsunaguFactory();
        await tamper.WithScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<AuditLog>();
            for (var i = 0; i < 4; i++)
            {
                await log.AppendAsync("staff-1", "resident.read", "resident", $"p{i}", "証明書の発行");
            }
            await sp.GetRequiredService<TsunaguDb>().Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Id\" = 2");

            var result = await log.VerifyAsync();

            Assert.Equal(2, result.FirstBrokenId);
            Assert.Contains("missing", result.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task VerifyAuditCommand_TamperedChain_ExitsOneAndNamesEntry()
    {
        using var tamper = new TsunaguFactory();
        await tamper.WithScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<AuditLog>();
            await log.AppendAsync("staff-1", "resident.read", "resident", "p1", "証明書の発行");
            await log.AppendAsync("staff-1", "resident.read", "resident", "p2", "証明書の発行");
            await sp.GetRequiredService<TsunaguDb>().Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Actor\" = 'someone-else' WHERE \"Id\" = 2");
            var command = sp.GetServices<Tsunagu.Web.Platform.Cli.IAdminCommand>().Single(c => c.Name == "verify-audit");
            var output = new StringWriter();

            var exit = await command.RunAsync(Tsunagu.Web.Platform.Cli.CommandOptions.Parse([]), output, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("BROKEN at entry 2", output.ToString(), StringComparison.Ordinal);
        });
    }
}
