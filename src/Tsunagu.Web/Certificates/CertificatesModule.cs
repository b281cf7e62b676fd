using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Certificates.Kiosk;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.StaffIdentity.Staff;

namespace Tsunagu.Web.Certificates;

public static class CertificatesModule
{
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        // A new kind of certificate is one more line here and one class in Kinds/.
        services.AddScoped<ICertificateKind, ResidentCertificate>();
        services.AddScoped<ICertificateKind, SealCertificate>();
        services.AddScoped<ICertificateKind, ResidentEntryCertificate>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<CertificateLedger>();
        services.AddScoped<CertificatePost>();
        services.AddScoped<Contracts.ICertificateStatistics>(sp => sp.GetRequiredService<CertificateLedger>());
        services.AddScoped<Verification.CertificateVerification>();
        services.AddSingleton<Staff.CounterRights>();
        services.AddScoped<KioskTerminals>();
        services.AddScoped<KioskDesk>();
        services.AddSingleton<KioskHours>();
        services.AddMemoryCache();
        services.AddSingleton<KioskSimulator>();
        services.AddHttpClient(KioskSimulator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddAdminCommand<KioskTerminalCommand>();
        services.AddSingleton(new StaffEntry("証明書の発行", "住民票の写し・印鑑登録証明書などを窓口で発行し、交付簿とコンビニ交付の端末を管理します。", "/staff/certificates",
            StaffRoles.Counter, StaffRoles.Examiner, StaffRoles.Manager, StaffRoles.Admin));
        return services;
    }

    public static WebApplication MapCertificates(this WebApplication app)
    {
        app.MapKioskApi();
        return app;
    }
}
