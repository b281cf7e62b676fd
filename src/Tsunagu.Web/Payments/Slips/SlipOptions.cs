namespace Tsunagu.Web.Payments.Slips;

/// <summary>
/// The town's numbers on every slip, from configuration (<c>Payments:Slips</c>): the 収納機関番号 given by eLTAX, the
/// convenience-store 請求書発行企業コード given by the collection agency, and the 納付区分. The defaults are the demo
/// town's invented numbers, marked as such on the settings page.
/// </summary>
public sealed record SlipOptions(string InstitutionNumber, string CompanyCode, string PaymentClass, bool DemoNumbers)
{
    public static SlipOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Payments:Slips");
        var institution = section["InstitutionNumber"];
        return new SlipOptions(institution ?? "44462", section["CompanyCode"] ?? "944462", section["PaymentClass"] ?? "001", institution is null);
    }
}
