using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Certificates;

public sealed class CertificatePdfTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    // pdftotext writes the ideographic space between family and given name as a plain space.
    private static string Spaced(string name) => name.Replace('　', ' ');

    [Fact]
    public async Task Juminhyo_WholeHousehold_PrintsEveryMemberInJapaneseThatExtracts_AndTheQrPointsToVerification()
    {
        var person = await CertificateScenario.SealHolderAsync(factory);
        var members = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Person>().AsNoTracking()
            .Where(p => p.HouseholdId == person.HouseholdId && p.Status == ResidencyStatus.Resident).ToListAsync());

        var (issued, refusal) = await CertificateScenario.IssueAsync(factory, "juminhyo", person.Id, new CertificateOptions(WholeHousehold: true, HouseholdHead: true, ResidentCode: true));

        Assert.Null(refusal);
        var text = PdfTools.Text(issued!.Pdf);
        Assert.Contains("住民票の写し", text, StringComparison.Ordinal);
        Assert.Contains($"世帯全員（{members.Count}人）", text, StringComparison.Ordinal);
        foreach (var m in members)
        {
            Assert.Contains(Spaced(m.FullName), text, StringComparison.Ordinal);
            Assert.Contains(Wareki.Format(m.BirthDate), text, StringComparison.Ordinal);
            Assert.Contains(m.ResidentCode, text, StringComparison.Ordinal);
        }
        Assert.Contains("この写しは、住民票の原本と相違ないことを証明します。", text, StringComparison.Ordinal);
        Assert.Contains("記載を省略しています", text, StringComparison.Ordinal);
        Assert.Contains(issued.Ledger.Serial, text, StringComparison.Ordinal);
        Assert.DoesNotContain("⺠", text, StringComparison.Ordinal);
        Assert.Contains($"/certificates/verify?serial={issued.Ledger.Serial}", PdfTools.QrCodes(issued.Pdf), StringComparison.Ordinal);
        var fonts = PdfTools.Fonts(issued.Pdf);
        Assert.Contains("yes yes", fonts, StringComparison.Ordinal);
        Assert.True(issued.Pdf.Length < 400_000, $"PDF is {issued.Pdf.Length} bytes");
    }

    [Fact]
    public async Task Inkan_ActiveRegistration_PrintsTheNumberAndHolder_AbolishedIsRefused()
    {
        var holder = await CertificateScenario.SealHolderAsync(factory, skip: 1);
        var (issued, _) = await CertificateScenario.IssueAsync(factory, "inkan", holder.Id, copies: 2);
        var seal = await factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<SealRegistration>().AsNoTracking().SingleAsync(s => s.PersonId == holder.Id && s.AbolishedOn == null));

        var text = PdfTools.Text(issued!.Pdf);
        Assert.Contains("印鑑登録証明書", text, StringComparison.Ordinal);
        Assert.Contains(seal.RegistrationNumber, text, StringComparison.Ordinal);
        Assert.Contains(Spaced(holder.FullName), text, StringComparison.Ordinal);
        Assert.Contains("2通目／全2通", text, StringComparison.Ordinal);
        Assert.Equal(600, issued.Ledger.Fee);

        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var s = await db.Set<SealRegistration>().SingleAsync(x => x.Id == seal.Id);
            s.AbolishedOn = new DateOnly(2026, 11, 1);
            await db.SaveChangesAsync();
        });
        var (none, refusal) = await CertificateScenario.IssueAsync(factory, "inkan", holder.Id);
        Assert.Null(none);
        Assert.Equal("seal-abolished", refusal!.Code);
    }

    [Fact]
    public async Task MovedOutOrDeceased_AreRefused_AndTheThirdKindIssuesOnlyTheChosenItems()
    {
        var gone = await CertificateScenario.PersonAsync(factory, p => p.Status != ResidencyStatus.Resident);
        var (_, refusal) = await CertificateScenario.IssueAsync(factory, "juminhyo", gone.Id);
        Assert.True(refusal!.Code is "moved-out" or "deceased", refusal.Code);

        var person = await CertificateScenario.SealHolderAsync(factory, skip: 2);
        var (issued, _) = await CertificateScenario.IssueAsync(factory, "kisai-jiko", person.Id, new CertificateOptions(Items: ["氏名", "住所"]));
        var text = PdfTools.Text(issued!.Pdf);
        Assert.Contains("住民票記載事項証明書", text, StringComparison.Ordinal);
        Assert.Contains(Spaced(person.FullName), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Wareki.Format(person.BirthDate), text, StringComparison.Ordinal);
    }
}
