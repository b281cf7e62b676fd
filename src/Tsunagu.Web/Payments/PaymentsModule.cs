using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;

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
        services.AddScoped<AssessmentChecks>();
        services.AddScoped<Adjustments>();
        services.AddScoped<SlipRuns>();
        // The provider adapter: the simulator until a town configures its contracted provider (docs/payments.md).
        Fees.PaymentProviders.AddPaymentProvider(services, configuration);
        services.AddScoped<Fees.FeeRefunds>();
        services.AddIntegrationEventHandler<Procedures.Contracts.ApplicationSubmitted, Fees.FeeDesk>();
        services.AddScoped<Cases.Contracts.ICaseFeeCheck>(sp => sp.GetRequiredService<Fees.FeeDesk>());
        services.AddScoped<Contracts.IOnlineFees>(sp => sp.GetRequiredService<Fees.FeeDesk>());
        services.AddHostedService<SlipRunService>();
        services.AddScoped<Reconciliation.PaymentImport>();
        services.AddSingleton(new Platform.StaffIdentity.Staff.StaffEntry("収納と消込", "保険料の収納データを取り込み、納付番号で消し込みます。滞納・還付・納付書の設定もここです。", "/staff/payments",
            Platform.StaffIdentity.StaffRoles.Counter, Platform.StaffIdentity.StaffRoles.Examiner, Platform.StaffIdentity.StaffRoles.Manager, Platform.StaffIdentity.StaffRoles.Admin));
        services.AddSingleton(new Platform.StaffIdentity.Staff.StaffEntry("手数料の支払いと返金", "オンライン申請の手数料の支払い状況を見て、返金します。", "/staff/payments/fees",
            Platform.StaffIdentity.StaffRoles.Counter, Platform.StaffIdentity.StaffRoles.Examiner, Platform.StaffIdentity.StaffRoles.Manager, Platform.StaffIdentity.StaffRoles.Admin));
        services.AddScoped<IDemoSeeder, DemoBilling>();
        services.AddScoped<Contracts.IPaymentStatistics, PaymentStatistics>();
        services.AddScoped<Reconciliation.PaymentReview>();
        services.AddScoped<Arrears.ArrearsList>();
        services.AddAdminCommand<SlipCommand>();
        services.AddAdminCommand<ImportCommand>();
        services.AddAdminCommand<SampleCommand>();
        services.AddAdminCommand<AdjustCommand>();
        return services;
    }
}

/// <summary>Every slip carries the eL-QR of the configured encoder, so a fund billed this fiscal year is payable by it.</summary>
internal sealed class PaymentStatistics(TsunaguDb db, TimeProvider clock) : Contracts.IPaymentStatistics
{
    public async Task<int> FundsPayableByElQrAsync(CancellationToken ct = default)
    {
        var today = Platform.Time.JapanTime.Today(clock);
        var year = today.Month >= 4 ? today.Year : today.Year - 1;
        return await db.Set<Assessment>().Where(a => a.FiscalYear == year).Select(a => a.Fund).Distinct().CountAsync(ct);
    }
}
