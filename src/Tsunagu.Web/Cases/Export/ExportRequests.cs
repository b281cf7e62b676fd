using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;

namespace Tsunagu.Web.Cases.Export;

/// <summary>Stages an export of a completed case and its delivery request in the caller's unit of work.</summary>
public sealed class ExportRequests(TsunaguDb db, EventOutbox outbox, ExportTargets targets, TimeProvider clock)
{
    public CaseExport Stage(CaseFile c, ProcedureRules? rules, string requestedBy)
    {
        var export = new CaseExport
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            CaseNumber = c.Number,
            Department = c.Department,
            ProcedureId = c.ProcedureId,
            Target = targets.For(c, rules),
            RequestedAt = clock.GetUtcNow().UtcDateTime,
            RequestedBy = requestedBy,
        };
        export.OutboxMessageId = outbox.Add(new CaseExportRequested(export.Id));
        db.Set<CaseExport>().Add(export);
        return export;
    }
}

/// <summary>
/// Where exports go: the procedure's webhook when its rules name one, else the department's folder
/// <c>&lt;data&gt;/exports/&lt;department&gt;/</c> (or under <c>Tsunagu:Cases:ExportFolder</c>), which the core system's
/// file-linkage job (ファイル連携) picks up.
/// </summary>
public sealed class ExportTargets(DataDirectory data, IConfiguration configuration)
{
    public string Folder(string department) =>
        Path.Combine(configuration["Tsunagu:Cases:ExportFolder"] is { Length: > 0 } root ? Path.GetFullPath(root) : data.Combine("exports"), department);

    public string For(CaseFile c, ProcedureRules? rules) => rules?.ExportWebhook is { Length: > 0 } hook ? hook : Folder(c.Department);

    public static bool IsWebhook(string target) => target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal);
}
