using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Authorization;

namespace Tsunagu.Web.Platform.StaffIdentity;

/// <summary>Every page in a module's <c>Staff/</c> folder needs a signed-in, two-factor staff member.</summary>
internal sealed class StaffFolderConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (model.ViewEnginePath.Contains("/Staff/", StringComparison.Ordinal))
        {
            model.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim("amr", "mfa").Build()));
        }
    }
}
