using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Japanese;
using Tsunagu.Web.Platform.Time;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases;

/// <summary>Opens cases in the department of the procedure: from counter and paper here, from online applications through the handler.</summary>
public sealed partial class CaseIntake(TsunaguDb db, IProcedureDirectory procedures, CaseAutomation automation, CaseHistory history, TimeProvider clock)
    : ICaseIntake
{
    public Task<OpenedCase> OpenAsync(NewCase newCase, string idempotencyKey, CancellationToken ct = default) =>
        OpenAsync(newCase, idempotencyKey, null, null, ct);

    internal async Task<OpenedCase> OpenAsync(NewCase n, string key, Guid? applicationId, DateTime? receivedAt, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (await FindAsync(key, ct) is { } existing)
        {
            return existing;
        }
        var procedure = procedures.Find(n.ProcedureId) ?? throw new ArgumentException($"unknown procedure '{n.ProcedureId}'", nameof(n));
        var rules = await automation.RulesForAsync(procedure, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var received = receivedAt ?? now;
        var c = new CaseFile
        {
            Id = Guid.CreateVersion7(),
            Number = CaseNumbers.Next(received),
            Department = procedure.Department,
            ProcedureId = procedure.Id,
            ProcedureName = procedure.Name,
            Channel = n.Channel,
            SourceReference = n.SourceReference,
            ApplicationId = applicationId,
            ApplicantResidentId = n.Applicant?.Value,
            ApplicantName = n.ApplicantName.Trim(),
            ApplicantKana = n.ApplicantKana.Trim(),
            ApplicantKanaSearch = Kana.FoldForSearch(n.ApplicantKana),
            Oaza = OazaOf(n.Answers, procedure),
            // Online answers stay with the application; other channels have no other home for them.
            AnswersJson = applicationId is null ? JsonSerializer.Serialize(n.Answers) : "{}",
            IntakeNote = n.Note,
            Status = CaseStatus.Received,
            ReceivedAt = received,
            DueOn = BusinessDays.Add(DateOnly.FromDateTime(JapanTime.ToJapan(received).DateTime), procedure.ProcessingDays),
            RequiresApproval = rules.RequiresApproval,
            IdempotencyKey = key,
            UpdatedAt = now,
            Version = 1,
        };
        var checks = rules.AutoAccept ? await automation.ChecksAsync(c, n.Answers, procedure, ct) : null;
        db.Set<CaseFile>().Add(c);
        history.Log(c, StaffActor.System, CaseEventKinds.Status, $"{ChannelName(n.Channel)}で受け付けました({n.SourceReference})", null, CaseStatus.Received);
        await automation.OnOpenedAsync(c, checks, ct);
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateException) when (ownTransaction is not null)
        {
            // The same key raced in from another request; the unique index let one case in. Return that one.
            await ownTransaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await FindAsync(key, ct) ?? throw new InvalidOperationException("case intake failed");
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
        return new OpenedCase(c.Id, c.Number, c.Department);
    }

    private async Task<OpenedCase?> FindAsync(string key, CancellationToken ct) =>
        await db.Set<CaseFile>().AsNoTracking().Where(c => c.IdempotencyKey == key)
            .Select(c => new OpenedCase(c.Id, c.Number, c.Department)).SingleOrDefaultAsync(ct);

    public static string ChannelName(CaseChannel channel) => channel switch
    {
        CaseChannel.Online => "オンライン申請",
        CaseChannel.Counter => "窓口",
        CaseChannel.Paper => "紙の申請書",
        _ => "その他の経路",
    };

    /// <summary>The 大字 named in the applicant's address answer (the field prefilled from the registry address).</summary>
    public static string? OazaOf(IReadOnlyDictionary<string, string> answers, ProcedureSummary procedure)
    {
        var field = procedure.Fields.FirstOrDefault(f => f.Prefill == "resident.address")?.Id ?? procedure.Fields.FirstOrDefault(f => f.Type == "address")?.Id;
        return field is not null && answers.GetValueOrDefault(field) is { } address && OazaPattern().Match(address) is { Success: true } m
            ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"大字(\p{IsCJKUnifiedIdeographs}+)")]
    private static partial Regex OazaPattern();
}
