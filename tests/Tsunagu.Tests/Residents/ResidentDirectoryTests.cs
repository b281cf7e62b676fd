using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Residents;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Tests.Residents;

public sealed class ResidentDirectoryTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private Task<Person> AnyResidentAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Person>().AsNoTracking()
            .Where(p => p.Status == ResidencyStatus.Resident).OrderBy(p => p.ResidentCode).FirstAsync());

    private Task<List<AuditEntry>> AuditForAsync(Guid personId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.SubjectId == personId.ToString()).ToListAsync());

    [Fact]
    public async Task Seed_SmallTown_HasPeopleHouseholdsAndSeals() =>
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            Assert.InRange(await db.Set<Person>().CountAsync(p => p.Status == ResidencyStatus.Resident), 280, 320);
            Assert.True(await db.Set<Household>().CountAsync() > 80);
            Assert.True(await db.Set<SealRegistration>().CountAsync() > 50);
        });

    [Fact]
    public async Task SearchAsync_HalfWidthKanaAndBirthDate_FindsThePerson()
    {
        var person = await AnyResidentAsync();
        var halfWidth = person.FamilyNameKana.Normalize(System.Text.NormalizationForm.FormKC);

        var found = await factory.WithScopeAsync(sp => sp.GetRequiredService<IResidentDirectory>()
            .SearchAsync(ToHalfWidth(person.FamilyNameKana), person.BirthDate, "窓口での本人確認"));

        Assert.Contains(found, r => r.Id.Value == person.Id);
        Assert.NotEmpty(halfWidth);
    }

    [Fact]
    public async Task FindAsync_NoPurpose_IsABug() =>
        await Assert.ThrowsAsync<ArgumentException>(() => factory.WithScopeAsync(sp =>
            sp.GetRequiredService<IResidentDirectory>().FindAsync(new ResidentId(Guid.NewGuid()), " ")));

    [Fact]
    public async Task ResidentSearchPage_StaffOpensRecord_AuditsEveryReadWithPurpose()
    {
        var person = await AnyResidentAsync();
        var client = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);
        var query = $"/staff/residents?Kana={Uri.EscapeDataString(person.GivenNameKana == "" ? person.FamilyNameKana : person.FamilyNameKana + person.GivenNameKana)}" +
            $"&BirthDate={person.BirthDate:yyyy-MM-dd}&Purpose={Uri.EscapeDataString("証明書の発行")}";

        var results = await Html.GetAsync(client, query);
        var link = results.Document.QuerySelectorAll("tbody a").Single(a => a.GetAttribute("href")!.Contains(person.Id.ToString(), StringComparison.Ordinal));
        var details = await Html.GetAsync(client, link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Contains(person.FamilyName, details.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var audit = await AuditForAsync(person.Id);
        Assert.Contains(audit, a => a.Action == "resident.search" && a.Purpose == "証明書の発行");
        Assert.Contains(audit, a => a.Action == "resident.read-household" && a.Purpose == "証明書の発行");
        Assert.All(audit, a => Assert.False(string.IsNullOrEmpty(a.RequestId)));
    }

    [Fact]
    public async Task ResidentSearchPage_MissingFields_NamesEachFieldInJapanese()
    {
        var client = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Counter);

        var page = await Html.GetAsync(client, "/staff/residents?Kana=&BirthDate=昭和99年13月1日&Purpose=");

        var summary = page.Document.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("フリガナを入力してください", summary, StringComparison.Ordinal);
        Assert.Contains("生年月日の形が正しくありません", summary, StringComparison.Ordinal);
        Assert.Contains("閲覧の目的を選んでください", summary, StringComparison.Ordinal);
        Assert.Equal("昭和99年13月1日", page.Document.QuerySelector("#BirthDate")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ResidentDetails_WithoutPurpose_IsNotShownNorAudited()
    {
        var person = await AnyResidentAsync();
        var client = await StaffLogin.SignedInClientAsync(factory, "jumin", StaffRoles.Examiner);
        var before = (await AuditForAsync(person.Id)).Count;

        var page = await Html.GetAsync(client, $"/staff/residents/{person.Id}");

        Assert.Equal("/staff/residents", page.Path);
        Assert.Equal(before, (await AuditForAsync(person.Id)).Count);
    }

    [Fact]
    public async Task ResidentsCommand_Limit_PrintsTabSeparatedLinesAndAudits() =>
        await factory.WithScopeAsync(async sp =>
        {
            var command = sp.GetServices<IAdminCommand>().Single(c => c.Name == "residents");
            var output = new StringWriter();

            var exit = await command.RunAsync(CommandOptions.Parse(["--limit", "3"]), output, CancellationToken.None);

            var lines = output.ToString().TrimEnd().Split('\n');
            Assert.Equal(0, exit);
            Assert.Equal(3, lines.Length);
            Assert.All(lines, l => Assert.Equal(4, l.Split('\t').Length));
            Assert.All(lines, l => Assert.Matches(@"^[0-9a-f-]{36}\t[0-9a-f-]{36}\t\S+ \S+\t\d{4}-\d{2}-\d{2}$", l));
            var db = sp.GetRequiredService<TsunaguDb>();
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "resident.list"));
        });

    private static string ToHalfWidth(string katakana)
    {
        // Half-width katakana as an old kiosk or CSV export would produce it.
        const string full = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー";
        const string half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ";
        var sb = new System.Text.StringBuilder();
        foreach (var c in katakana.Normalize(System.Text.NormalizationForm.FormD))
        {
            var i = full.IndexOf(c, StringComparison.Ordinal);
            sb.Append(c switch { '\u3099' => 'ﾞ', '\u309A' => 'ﾟ', _ => i >= 0 ? half[i] : c });
        }
        return sb.ToString();
    }
}
