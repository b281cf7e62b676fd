using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>Every page in a module's <c>My/</c> folder (routes under <c>/my</c>) needs a signed-in resident.</summary>
internal sealed class ResidentFolderConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (model.ViewEnginePath.Contains("/My/", StringComparison.Ordinal))
        {
            model.Filters.Add(new ResidentAuthorizationFilter());
        }
    }
}

/// <summary>
/// Checks the <see cref="ResidentPolicies.Resident"/> policy against the resident cookie. Unlike an
/// <c>AuthorizeFilter</c> it leaves <c>HttpContext.User</c> (staff or anonymous) alone, so antiforgery tokens, the
/// layout and the audit actor see the same user on <c>/my</c> pages as on every other page.
/// </summary>
internal sealed class ResidentAuthorizationFilter : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }
        var http = context.HttpContext;
        if (await ResidentSession.PrincipalAsync(http) is not { } resident)
        {
            context.Result = new ChallengeResult(ResidentPolicies.Scheme);
            return;
        }
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(resident, ResidentPolicies.Resident)).Succeeded)
        {
            context.Result = new ForbidResult(ResidentPolicies.Scheme);
        }
    }
}
