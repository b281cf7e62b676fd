using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;
using Tsunagu.Web.Residents.DemoTown;

namespace Tsunagu.Web.Residents;

public static class ResidentsModule
{
    public static IServiceCollection AddResidents(this IServiceCollection services)
    {
        services.AddScoped<IResidentDirectory, ResidentDirectory>();
        services.AddScoped<IRegistryExtracts, RegistryExtracts>();
        services.AddScoped<IResidentStatistics, ResidentStatistics>();
        services.AddScoped<IDemoSeeder, DemoTownSeeder>();
        services.AddAdminCommand<ResidentsCommand>();
        services.AddSingleton(new Platform.StaffIdentity.Staff.StaffEntry(
            "住民を探す", "フリガナと生年月日で住民記録を探します。閲覧はすべて監査ログに記録されます。", "/staff/residents",
            Platform.StaffIdentity.StaffRoles.Counter, Platform.StaffIdentity.StaffRoles.Examiner, Platform.StaffIdentity.StaffRoles.Manager));
        return services;
    }
}
