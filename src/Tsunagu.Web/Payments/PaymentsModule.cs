using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Payments;

public static class PaymentsModule
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SlipOptions.From(configuration));
        services.AddSingleton(ElQrEncoders.From(configuration));
        services.AddSingleton<PaymentSlipDocument>();
        services.AddScoped<Billing.Billing>();
        services.AddScoped<AssessmentImport>();
        services.AddScoped<IDemoSeeder, DemoBilling>();
        services.AddSingleton<Contracts.IPaymentStatistics, PaymentStatistics>();
        services.AddAdminCommand<SlipCommand>();
        services.AddAdminCommand<ImportCommand>();
        services.AddAdminCommand<SampleCommand>();
        return services;
    }
}

/// <summary>Every fund's slip carries the eL-QR of the configured encoder.</summary>
internal sealed class PaymentStatistics : Contracts.IPaymentStatistics
{
    public int FundsPayableByElQr => Funds.All.Count;
}
