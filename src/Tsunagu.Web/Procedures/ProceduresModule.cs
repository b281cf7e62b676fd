using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.Layout;
using Tsunagu.Web.Procedures.Api;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures;

public static class ProceduresModule
{
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddSingleton<ProcedureCatalogue>();
        services.AddScoped<IStartupTask, CatalogueImport>();
        services.AddSingleton<Contracts.IProcedureStatistics, ProcedureStatistics>();
        services.AddSingleton<Contracts.IProcedureDirectory, ProcedureDirectory>();
        services.AddHostedService<CatalogueRefresher>();
        services.AddScoped<Apply.ApplicationJourney>();
        services.AddScoped<Apply.DraftResumeLinks>();
        services.AddScoped<Apply.ApplicationSigning>();
        services.AddScoped<Apply.SignatureReview>();
        services.AddScoped<My.MyPortal>();
        services.AddScoped<Contracts.IApplicationRecords, Corrections.ApplicationRecords>();
        services.AddScoped<Corrections.ResidentCorrections>();
        services.AddScoped<Apply.ApplicantPrefill>();
        services.AddScoped<Apply.IPrefillSource, Apply.ResidentPrefillSource>();
        services.AddScoped<Apply.IPrefillSource, Apply.EarlierApplicationPrefillSource>();
        services.AddIntegrationEventHandler<Contracts.ApplicationSubmitted, Apply.ReceiptMailer>();
        services.AddScoped<Forms.PageReader>();
        services.AddScoped<Staff.ProcedureBuilder>();
        services.AddSingleton(new Platform.StaffIdentity.Staff.StaffEntry(
            "手続きの作成・編集", "オンライン申請の手続きと申請フォームを作り、確かめてから公開します。", "/staff/procedures", Platform.StaffIdentity.StaffRoles.Admin));
        services.AddPublicEntry(new PublicEntry("手続きナビ", "引っ越しや出産などのできごとから、必要な手続きと持ち物の一覧を作ります。", "/navi", "てつづきなび 引越し 出生 おくやみ"));
        services.AddPublicEntry(new PublicEntry("手続きを探す", "町の手続きを、名前や分類、できごとから探せます。オンラインで申請できるものもあります。", "/procedures", "てつづき 申請 届出 しんせい"));
        return services;
    }

    public static void MapProcedures(this WebApplication app) => app.MapProcedureApi();
}
