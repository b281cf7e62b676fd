using Tsunagu.Web.Counter.Forms;
using Tsunagu.Web.Counter.LifeEvents;
using Tsunagu.Web.Counter.Visits;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.StaffIdentity.Staff;

namespace Tsunagu.Web.Counter;

public static class CounterModule
{
    public static IServiceCollection AddCounter(this IServiceCollection services)
    {
        services.AddSingleton<LifeEventCatalogue>();
        services.AddScoped<VisitDesk>();
        services.AddScoped<VisitPlanner>();
        services.AddScoped<VisitSubmission>();
        services.AddScoped<DepartmentRounds>();
        services.AddScoped<VisitMeasures>();
        services.AddSingleton(new StaffEntry("書かない窓口", "ご本人を確かめ、きっかけと質問から必要な手続きを選び、記入済みの申請書を作ります。", "/staff/counter",
            StaffRoles.Counter, StaffRoles.Examiner, StaffRoles.Manager, StaffRoles.Admin));
        return services;
    }
}
