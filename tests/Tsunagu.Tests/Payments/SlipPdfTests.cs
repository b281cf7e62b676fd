using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Payments;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Japanese;

namespace Tsunagu.Tests.Payments;

public sealed class SlipPdfTests(SeededTownFactory factory) : IClassFixture<SeededTownFactory>
{
    private Task<Assessment> DemoAssessmentAsync(Fund fund) => factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<Assessment>()
        .Include(a => a.Instalments).AsNoTracking().OrderBy(a => a.Number).FirstAsync(a => a.Fund == fund));

    [Fact]
    public async Task Slip_CarriesEveryFieldInText_AnElQrAndAConvenienceBarcodeThatZbarDecodes()
    {
        var assessment = await DemoAssessmentAsync(Fund.NationalHealthInsurance);
        var first = assessment.Instalments.OrderBy(i => i.Number).First();

        var pdf = (await factory.WithScopeAsync(sp => sp.GetRequiredService<Billing>().HouseholdSlipsAsync(assessment.HouseholdId, assessment.FiscalYear, default)))!;

        var text = PdfTools.Text(pdf);
        Assert.Contains("国民健康保険料 納付書（第1期）", text, StringComparison.Ordinal);
        Assert.Contains(assessment.PayerName.Replace('　', ' '), text, StringComparison.Ordinal);
        Assert.Contains($"{first.Amount:N0}円", text, StringComparison.Ordinal);
        Assert.Contains(Wareki.Format(first.DueOn), text, StringComparison.Ordinal);
        Assert.Contains(first.ConfirmationNumber, text, StringComparison.Ordinal);
        var symbols = PdfTools.Symbols(pdf, 300).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var qr = symbols.Single(s => s.StartsWith("QR-Code:", StringComparison.Ordinal))["QR-Code:".Length..];
        var el = ProvisionalElQrEncoder.Decode(qr)!;
        Assert.Equal((first.PaymentNumber, first.ConfirmationNumber, first.Amount, first.DueOn), (el.PaymentNumber, el.ConfirmationNumber, el.Amount, el.DueOn));
        var code128 = symbols.Single(s => s.StartsWith("CODE-128:", StringComparison.Ordinal))["CODE-128:".Length..];
        var digits = new string([.. code128.Where(char.IsAsciiDigit)]);
        Assert.Equal(44, digits.Length);
        Assert.True(ConvenienceBarcode.IsValid(digits));
        Assert.Equal(first.PaymentNumber, digits[8..26]);
        Assert.Equal(first.DueOn.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture), digits[30..36]);
        Assert.Equal(first.Amount, long.Parse(digits[37..43], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task BillingSlipCommand_RePrintsTheSameNumbers()
    {
        var assessment = await DemoAssessmentAsync(Fund.LongTermCare);
        var file = Path.GetTempFileName();
        var output = new StringWriter();

        var exit = await factory.WithScopeAsync(sp => sp.GetServices<IAdminCommand>().Single(c => c.Name == "billing slip").RunAsync(
            CommandOptions.Parse(["--household", assessment.HouseholdId.ToString(), "--fiscal-year", assessment.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file]), output, default));
        var again = await factory.WithScopeAsync(sp => sp.GetRequiredService<Billing>().HouseholdSlipsAsync(assessment.HouseholdId, assessment.FiscalYear, default));

        Assert.Equal(0, exit);
        var text = PdfTools.Text(await File.ReadAllBytesAsync(file));
        Assert.Equal(text.Split('\n').Where(l => l.StartsWith("納付番号", StringComparison.Ordinal)), PdfTools.Text(again!).Split('\n').Where(l => l.StartsWith("納付番号", StringComparison.Ordinal)));
        Assert.Contains(string.Join(' ', assessment.Instalments.OrderBy(i => i.Number).First().PaymentNumber.Chunk(4).Select(c => new string(c))), text, StringComparison.Ordinal);
        File.Delete(file);
    }
}
