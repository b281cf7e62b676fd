using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.StaffIdentity.Staff;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases;

public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<CaseIntake>();
        services.AddSingleton<PaperIntake.PaperFormTemplates>();
        services.AddSingleton<PaperIntake.ScanReader>();
        services.AddScoped<PaperIntake.PaperIntakeService>();
        services.AddScoped<PaperIntake.PaperScanDecisions>();
        services.AddScoped<Contracts.ICaseIntake>(sp => sp.GetRequiredService<CaseIntake>());
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseHistory>();
        services.AddScoped<CaseWorkflow>();
        services.AddScoped<CaseStaff>();
        services.AddScoped<CaseAutomation>();
        services.AddScoped<IDemoSeeder, DemoCases>();
        services.AddScoped<Contracts.IProcessReviewRegister, Reviews.ProcessReviewRegister>();
        services.AddScoped<OverdueReminders>();
        services.AddScoped<Platform.Cli.IAdminCommand, RemindCommand>();
        services.AddHostedService<OverdueReminderService>();
        services.AddScoped<Export.ExportRequests>();
        services.AddScoped<Export.ExportedCases>();
        services.AddSingleton<Export.ExportTargets>();
        services.AddHttpClient(Export.CaseExporter.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddIntegrationEventHandler<Contracts.CaseClosed, Export.QueueExportOnCompletion>();
        services.AddIntegrationEventHandler<Export.CaseExportRequested, Export.CaseExporter>();
        services.AddIntegrationEventHandler<ApplicationSubmitted, Handlers.OpenCaseForApplication>();
        services.AddIntegrationEventHandler<ApplicationCorrected, Handlers.MarkCaseCorrected>();
        services.AddIntegrationEventHandler<Contracts.CaseStatusChanged, Handlers.MailResidentOnStatusChange>();
        services.AddIntegrationEventHandler<Handlers.ResidentMessaged, Handlers.MailResidentOnMessage>();
        services.AddSingleton(new StaffEntry("案件の受付箱", "課に届いたオンライン申請・窓口・紙の申請を審査し、補正・決裁・完了まで進めます。", "/staff/cases",
            StaffRoles.Counter, StaffRoles.Examiner, StaffRoles.Manager, StaffRoles.Admin));
        return services;
    }
}
