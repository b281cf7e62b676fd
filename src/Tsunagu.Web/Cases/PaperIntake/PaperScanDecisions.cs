using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>What staff decide about a read scan: take it in as a case with the checked values, or put it aside.</summary>
public sealed class PaperScanDecisions(TsunaguDb db, PaperFormTemplates templates, CaseIntake intake, IResidentDirectory residents, TimeProvider clock)
{
    public const string RegistryPurpose = "紙の申請書の申請者の照合";

    /// <summary>
    /// Opens the case with the checked values. Every problem is returned at once, each naming its field, and nothing is
    /// stored until all are fixed. A repeated confirmation returns the case already opened.
    /// </summary>
    public async Task<(OpenedCase? Case, IReadOnlyList<PaperIntakeError> Errors)> AcceptAsync(
        Guid id, int version, IReadOnlyDictionary<string, string?> values, StaffActor staff, CancellationToken ct)
    {
        var (scan, error) = await FindAsync(id, staff, ct);
        if (scan is null)
        {
            return (null, [error!]);
        }
        if (scan.Status == PaperScanStatus.Accepted && scan.CaseId is { } caseId)
        {
            return (new OpenedCase(caseId, scan.CaseNumber!, scan.Department), []);
        }
        if (scan.Status == PaperScanStatus.Discarded)
        {
            return (null, [PaperIntakeError.AlreadyDecided]);
        }
        if (scan.Version != version)
        {
            return (null, [PaperIntakeError.Stale]);
        }
        var template = templates.Find(scan.ProcedureId)!;
        var (answers, errors) = PaperValues.Check(template, values);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var read = JsonSerializer.Deserialize<List<ExtractedValue>>(scan.ReadJson) ?? [];
        var applicant = await FindApplicantAsync(template, answers, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var opened = await intake.OpenAsync(new NewCase(
            scan.ProcedureId, CaseChannel.Paper, $"scan:{scan.Id}", applicant?.Id,
            PaperValues.ByPrefill(template, answers, "resident.name") ?? "", PaperValues.ByPrefill(template, answers, "resident.kana") ?? "",
            answers, $"紙の申請書をスキャンして取り込みました（確認: {staff.Name}）。"
                + (applicant is null ? "住民記録で申請者を特定できませんでした。" : "")), $"paper-scan:{scan.Id}", ct);
        scan.Status = PaperScanStatus.Accepted;
        scan.CaseId = opened.CaseId;
        scan.CaseNumber = opened.CaseNumber;
        scan.DecidedByName = staff.Name;
        scan.DecidedAt = clock.GetUtcNow().UtcDateTime;
        scan.FieldsCorrected = template.Fields.Count(f =>
            PaperFieldKinds.Compact(answers.GetValueOrDefault(f.FieldId)) != PaperFieldKinds.Compact(read.FirstOrDefault(r => r.FieldId == f.FieldId)?.Value));
        scan.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            return (null, [PaperIntakeError.Stale]);
        }
        return (opened, []);
    }

    public async Task<PaperIntakeError?> DiscardAsync(Guid id, int version, StaffActor staff, CancellationToken ct)
    {
        var (scan, error) = await FindAsync(id, staff, ct);
        if (scan is null)
        {
            return error;
        }
        if (scan.Status is PaperScanStatus.Accepted or PaperScanStatus.Discarded)
        {
            return PaperIntakeError.AlreadyDecided;
        }
        if (scan.Version != version)
        {
            return PaperIntakeError.Stale;
        }
        (scan.Status, scan.DecidedByName, scan.DecidedAt) = (PaperScanStatus.Discarded, staff.Name, clock.GetUtcNow().UtcDateTime);
        scan.Version++;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The applicant in the registry by the kana and birth date written, when exactly one person matches.</summary>
    public async Task<ResidentRecord?> FindApplicantAsync(PaperFormTemplate template, IReadOnlyDictionary<string, string> answers, CancellationToken ct)
    {
        var kana = PaperValues.ByPrefill(template, answers, "resident.kana");
        var birth = PaperValues.ByPrefill(template, answers, "resident.birthDate");
        if (kana is null || !DateOnly.TryParse(birth, System.Globalization.CultureInfo.InvariantCulture, out var birthDate))
        {
            return null;
        }
        var found = await residents.SearchAsync(kana, birthDate, RegistryPurpose, ct);
        return found.Count == 1 ? found[0] : null;
    }

    private async Task<(PaperScan? Scan, PaperIntakeError? Error)> FindAsync(Guid id, StaffActor staff, CancellationToken ct)
    {
        var scan = await db.Set<PaperScan>().FindAsync([id], ct);
        return scan is null ? (null, PaperIntakeError.NotFound) : !staff.MaySee(scan.Department) ? (null, PaperIntakeError.OtherDepartment) : (scan, null);
    }
}
