using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Export;

/// <summary>Gathers what is exported of a case: its facts, its answers in form order, and its status history.</summary>
public sealed class ExportedCases(TsunaguDb db, IApplicationRecords applications, IProcedureDirectory procedures)
{
    public async Task<ExportedCase> BuildAsync(CaseFile c, CancellationToken ct)
    {
        var record = c.ApplicationId is { } id ? await applications.FindAsync(id, ct) : null;
        var answers = record?.RawAnswers ?? JsonSerializer.Deserialize<Dictionary<string, string>>(c.AnswersJson) ?? [];
        var order = (procedures.Find(c.ProcedureId)?.Fields ?? []).Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i);
        // Working markers such as "<field>.source" (where a prefilled value came from) are not part of the answer.
        var ordered = answers.Where(a => !a.Key.EndsWith(".source", StringComparison.Ordinal) && !a.Key.EndsWith(".invalid", StringComparison.Ordinal))
            .OrderBy(a => order.GetValueOrDefault(TopLevel(a.Key), int.MaxValue)).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
        var history = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == c.Id && e.Kind == CaseEventKinds.Status)
            .OrderBy(e => e.Id).ToListAsync(ct);
        return new ExportedCase(c.Number, record?.ReceiptNumber ?? (c.Channel == Contracts.CaseChannel.Online ? c.SourceReference : null),
            c.ProcedureId, c.ProcedureName, c.Department, c.Channel.ToString().ToLowerInvariant(), c.ApplicantName, c.ApplicantKana,
            c.ApplicantResidentId, c.ReceivedAt, c.ClosedAt, c.Status.Japanese(), ordered,
            [.. history.Select(h => new ExportedStep(h.At, h.To?.Japanese() ?? "", h.ActorName))]);
    }

    private static string TopLevel(string key) => key.Split('.', '[')[0];
}
