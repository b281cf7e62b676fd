namespace Tsunagu.Web.Platform.Auditing;

/// <summary>One line of the append-only audit log. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>Who acted: a staff user id, or <c>cli:&lt;os user&gt;</c> for operator commands.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What was done, e.g. <c>resident.read</c>.</summary>
    public string Action { get; set; } = "";

    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string RequestId { get; set; } = "";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
