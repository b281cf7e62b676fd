using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Payments;

public sealed class AssessmentImportTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private Task<(int Created, IReadOnlyList<ImportProblem> Problems)> ImportAsync(string csv) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AssessmentImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "test.csv", default));

    private Task<List<Guid>> UnbilledAsync(int count) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<TsunaguDb>();
        var billed = await db.Set<Assessment>().Where(a => a.FiscalYear == 2031).Select(a => a.PayerResidentId).ToListAsync();
        return (await db.Set<Person>().Where(p => p.Status == ResidencyStatus.Resident).OrderBy(p => p.ResidentCode).Select(p => p.Id).ToListAsync())
            .Except(billed).Take(count).ToList();
    });

    [Fact]
    public async Task Import_GoodFile_CreatesAssessmentsWithInstalments_AndTheSameFileAgainIsRefusedAsDuplicates()
    {
        var payers = await UnbilledAsync(2);
        var csv = $"科目,年度,住民ID,年額\nkokuho,2031,{payers[0]},123456\nkaigo,2031,{payers[1]},60000\n";

        var (created, problems) = await ImportAsync(csv);
        var again = await ImportAsync(csv);

        Assert.Empty(problems);
        Assert.Equal(2, created);
        var instalments = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Instalment>()
            .Join(sp.GetRequiredService<TsunaguDb>().Set<Assessment>().Where(a => a.FiscalYear == 2031 && a.PayerResidentId == payers[0]), i => i.AssessmentId, a => a.Id, (i, _) => i).ToListAsync());
        Assert.Equal(10, instalments.Count);
        Assert.Equal(123456, instalments.Sum(i => i.Amount));
        Assert.Equal(0, again.Created);
        Assert.Equal(2, again.Problems.Count(p => p.Message.Contains("既にあります", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_BadRows_NameRowAndColumn_AndNothingIsApplied()
    {
        var payers = await UnbilledAsync(3);
        var csv = $"科目,年度,住民ID,年額\nkokuho,2031,{payers[0]},-500\nnenkin,2031,{payers[1]},1000\nkoki,2031,{payers[2]},99999999999\n";

        var (created, problems) = await ImportAsync(csv);

        Assert.Equal(0, created);
        Assert.Contains(problems, p => p is { Row: 1, Column: "年額" });
        Assert.Contains(problems, p => p is { Row: 2, Column: "科目" });
        Assert.Contains(problems, p => p is { Row: 3, Column: "年額" });
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Assessment>().AnyAsync(a => payers.Contains(a.PayerResidentId) && a.FiscalYear == 2031)));
    }

    [Fact]
    public async Task Import_WrongHeader_CutOffFile_AndShiftJis_AreRefusedWithTheReason()
    {
        var payer = (await UnbilledAsync(1))[0];

        Assert.Equal("見出し", (await ImportAsync($"fund,year,id,amount\nkokuho,2031,{payer},1000\n")).Problems.Single().Column);
        Assert.Contains("途中で切れて", (await ImportAsync($"科目,年度,住民ID,年額\nkokuho,2031,{payer},10")).Problems.Single().Message, StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sjis = Encoding.GetEncoding("shift_jis").GetBytes($"科目,年度,住民ID,年額\nkokuho,2031,{payer},1000\n");
        var (_, problems) = await factory.WithScopeAsync(sp => sp.GetRequiredService<AssessmentImport>().ImportAsync(new MemoryStream(sjis), "sjis.csv", default));
        Assert.Equal("文字コード", problems.Single().Column);
    }
}
