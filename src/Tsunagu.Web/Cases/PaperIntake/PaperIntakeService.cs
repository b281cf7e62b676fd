using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Files;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>
/// Paper forms into the case workflow: upload a scan (kept whatever OCR makes of it), read it, and once staff have checked
/// the values, open the case in the procedure's department.
/// </summary>
public sealed class PaperIntakeService(
    TsunaguDb db, FileStore files, ScanReader reader, PaperFormTemplates templates, TimeProvider clock, AuditLog audit, ILogger<PaperIntakeService> log)
{
    private static readonly string[] s_kinds = ["pdf", "png", "jpeg"];

    public async Task<(PaperScan? Scan, PaperIntakeError? Error)> UploadAsync(
        string? procedureId, Stream? content, string fileName, string idempotencyKey, StaffActor staff, CancellationToken ct)
    {
        var template = templates.Find(procedureId);
        if (template is null || !staff.MaySee(template.Department))
        {
            return (null, PaperIntakeError.NoTemplate);
        }
        if (await db.Set<PaperScan>().FirstOrDefaultAsync(s => s.IdempotencyKey == idempotencyKey, ct) is { } earlier)
        {
            return (earlier, null);
        }
        if (content is null)
        {
            return (null, PaperIntakeError.NoFile);
        }
        var (file, problem) = await files.SaveAsync(content, fileName, s_kinds, ct);
        if (file is null)
        {
            return (null, problem == "too-large" ? PaperIntakeError.TooLarge : PaperIntakeError.WrongKind);
        }
        var scan = new PaperScan
        {
            Id = Guid.CreateVersion7(),
            Department = template.Department,
            ProcedureId = template.ProcedureId,
            ProcedureName = template.ProcedureName,
            FileReference = file.ToReference(),
            Status = PaperScanStatus.Unreadable,
            Problem = "読み取り中です。",
            UploadedById = staff.Id,
            UploadedByName = staff.Name,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            IdempotencyKey = idempotencyKey,
            Version = 1,
        };
        // The scan is stored before OCR runs, so nothing is lost if reading fails or the process dies.
        db.Set<PaperScan>().Add(scan);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("paper-scan.upload", "paper-scan", scan.Id.ToString(), "紙の申請書の取り込み", ct);
        await ReadAsync(scan, template, ct);
        return (scan, null);
    }

    /// <summary>Reads an unreadable scan again (after installing the OCR language, say).</summary>
    public async Task<PaperIntakeError?> RereadAsync(Guid id, StaffActor staff, CancellationToken ct)
    {
        var scan = await db.Set<PaperScan>().FindAsync([id], ct);
        if (scan is null || !staff.MaySee(scan.Department))
        {
            return scan is null ? PaperIntakeError.NotFound : PaperIntakeError.OtherDepartment;
        }
        if (scan.Status is PaperScanStatus.Accepted or PaperScanStatus.Discarded)
        {
            return PaperIntakeError.AlreadyDecided;
        }
        await ReadAsync(scan, templates.Find(scan.ProcedureId) ?? throw new InvalidOperationException($"template {scan.ProcedureId} is gone"), ct);
        return null;
    }

    public Stream? OpenPageImage(PaperScan scan) =>
        scan.PageImageSha256 is { } page ? files.Open(page) : StoredFile.FromReference(scan.FileReference) is { Kind: not "pdf" } f ? files.Open(f.Sha256) : null;

    private async Task ReadAsync(PaperScan scan, PaperFormTemplate template, CancellationToken ct)
    {
        var stored = StoredFile.FromReference(scan.FileReference)!;
        try
        {
            var bytes = await files.ReadAllAsync(stored.Sha256, ct) ?? throw new ScanUnreadableException("保存したファイルが見つかりません。管理者に連絡してください。");
            var page = await reader.PageImageAsync(bytes, stored.Kind, ct);
            if (stored.Kind == "pdf")
            {
                var (image, _) = await files.SaveAsync(new MemoryStream(page), "page.png", s_kinds, ct);
                scan.PageImageSha256 = image?.Sha256;
            }
            var read = await reader.ReadAsync(page, template, ct);
            var values = FieldExtraction.Extract(template, read);
            scan.ReadJson = JsonSerializer.Serialize(values);
            scan.SkewDegrees = read.SkewDegrees;
            (scan.Status, scan.Problem) = values.Any(v => v.Value.Length > 0)
                ? (PaperScanStatus.Read, null)
                : (PaperScanStatus.Unreadable, "文字を読み取れませんでした。様式が違うか、白紙か、画像が薄い可能性があります。値を手で入力して取り込むこともできます。");
        }
        catch (ScanUnreadableException e)
        {
            log.LogWarning(e, "Scan {Scan} could not be read", scan.Id);
            (scan.Status, scan.Problem) = (PaperScanStatus.Unreadable, e.Message);
        }
        scan.Version++;
        await db.SaveChangesAsync(ct);
    }
}
