namespace Tsunagu.Web.Platform.Auditing;

/// <summary>Who is acting in the current request or command, for the audit log.</summary>
public interface IActorContext
{
    /// <summary>A staff user id, <c>cli:&lt;user&gt;</c>, or null for residents and anonymous visitors.</summary>
    string? StaffActor { get; }

    string RequestId { get; }
}

internal sealed class HttpActorContext(IHttpContextAccessor accessor) : IActorContext
{
    public string? StaffActor =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
        && user.Identities.Any(i => i.AuthenticationType == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            ? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            : CommandLineActor;

    public string RequestId =>
        accessor.HttpContext?.TraceIdentifier ?? CommandLineRequestId;

    /// <summary>Set by the operator command runner; no HTTP request exists then.</summary>
    public static string? CommandLineActor { get; set; }

    public static string CommandLineRequestId { get; set; } = "";
}
