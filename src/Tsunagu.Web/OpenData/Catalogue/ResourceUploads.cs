using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Formats;
using Tsunagu.Web.OpenData.Gtfs;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Catalogue;

/// <summary>
/// Accepts a file for a dataset: checks it against the dataset's standard schema (or as a GTFS-JP feed), stores it in
/// the publishing form (UTF-8 with BOM, CRLF) and adds it as a new version, so earlier versions stay downloadable.
/// </summary>
public sealed class ResourceUploads(TsunaguDb db, SchemaCatalogue schemas, CsvValidator validator, OpenDataFiles files, AuditLog audit, TimeProvider clock)
{
    public async Task<(OpenDataResult Result, ValidationReport? Report)> UploadAsync(
        Dataset dataset, Guid? resourceId, string? resourceName, string fileName, byte[] bytes, Editor editor, CancellationToken ct)
    {
        if (!editor.MayEdit(dataset))
        {
            return (new OtherDepartmentsDataset(), null);
        }
        if (bytes.Length == 0)
        {
            return (new UploadMissing(), null);
        }
        var (report, stored, format) = Check(dataset, bytes);
        if (!report.IsValid)
        {
            return (new UploadInvalid(report.ProblemCount), report);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var resource = dataset.Resources.FirstOrDefault(r => r.Id == resourceId && r.Kind == ResourceKind.Upload);
        if (resource is null)
        {
            resource = new Resource
            {
                Id = Guid.NewGuid(),
                DatasetId = dataset.Id,
                Format = format,
                CreatedAt = now,
                Position = dataset.Resources.Count,
                Name = resourceName?.Trim() is { Length: > 0 } given ? given[..Math.Min(200, given.Length)] : DefaultName(dataset),
            };
            db.Add(resource);
            dataset.Resources.Add(resource);
        }
        await db.Entry(resource).Collection(r => r.Versions).LoadAsync(ct);
        var (sha, size) = await files.SaveAsync(stored, ct);
        var version = new ResourceVersion
        {
            Id = Guid.NewGuid(),
            ResourceId = resource.Id,
            Number = resource.Versions.Count + 1,
            Sha256 = sha,
            Size = size,
            RowCount = report.RowCount,
            SourceEncoding = report.Encoding,
            SourceFileName = Path.GetFileName(fileName) is { Length: <= 200 } n ? n : "upload",
            UploadedBy = editor.Name,
            UploadedAt = now,
        };
        db.Add(version);
        resource.Versions.Add(version);
        resource.ModifiedAt = now;
        dataset.ModifiedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("opendata.resource.upload", "dataset", dataset.Name, $"{resource.Name} 第{version.Number}版 {report.RowCount}行", ct);
        return (OpenDataResult.Ok, report);
    }

    private (ValidationReport Report, byte[] Stored, string Format) Check(Dataset dataset, byte[] bytes)
    {
        if (dataset.SchemaId == GtfsSchema.Id)
        {
            return (GtfsValidator.Validate(bytes), bytes, "ZIP");
        }
        if (schemas.Find(dataset.SchemaId) is { } schema)
        {
            var report = validator.Validate(schema, bytes);
            var header = schema.Columns.Select(c => c.Name).ToList();
            return (report, report.IsValid ? CsvFormat.ToBytes(header, report.Rows) : [], "CSV");
        }
        var decoded = UploadText.Decode(bytes);
        if (decoded.Utf8 is null)
        {
            return (ValidationReport.Refused("", decoded.Encoding, decoded.Refusal!), [], "CSV");
        }
        var (head, rows) = CsvFormat.Read(decoded.Utf8);
        var free = new ValidationReport("", decoded.Encoding, rows.Count, 0, [], []);
        return (free, CsvFormat.ToBytes(head, rows), "CSV");
    }

    private string DefaultName(Dataset dataset) => schemas.Find(dataset.SchemaId)?.Title ?? dataset.Title;

    public Task<Dataset?> FindAsync(string name, CancellationToken ct) =>
        db.Set<Dataset>().Include(d => d.Resources).ThenInclude(r => r.Versions).AsSplitQuery().SingleOrDefaultAsync(d => d.Name == name, ct);
}
