using Tsunagu.Web.Platform.Auditing;

namespace Tsunagu.Web.Platform.ResidentIdentity;

/// <summary>Account events in the audit log, with the actor <c>resident:&lt;account id&gt;</c> and never the address.</summary>
internal static class ResidentAudit
{
    public const string SubjectType = "resident-account";

    public static string Actor(Guid accountId) => "resident:" + accountId;

    public static Task AppendResidentAsync(this AuditLog audit, Guid accountId, string action, string purpose, CancellationToken ct) =>
        audit.AppendAsync(Actor(accountId), action, SubjectType, accountId.ToString(), purpose, ct);
}
