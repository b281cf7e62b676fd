using System.Security.Claims;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>The resident principal of this request, put there by <see cref="ResidentSession.PrincipalAsync"/>.</summary>
internal sealed record ResidentSessionFeature(ClaimsPrincipal? Principal);

internal sealed class CurrentResident(IHttpContextAccessor accessor) : ICurrentResident
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.Features.Get<ResidentSessionFeature>()?.Principal;

    public bool IsSignedIn => AccountId != Guid.Empty;

    public Guid AccountId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public string? Email => Principal?.FindFirstValue(ClaimTypes.Email);

    public Guid? LinkedResidentId =>
        Guid.TryParse(Principal?.FindFirstValue(ResidentClaims.LinkedResident), out var id) ? id : null;

    public AssuranceLevel Assurance => ResidentClaims.FromClaimValue(Principal?.FindFirstValue(ResidentClaims.Assurance));
}
