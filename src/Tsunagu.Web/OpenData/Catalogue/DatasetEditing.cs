using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.OpenData.Schemas;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Web.OpenData.Catalogue;

/// <summary>Creating, changing, publishing and retiring datasets.</summary>
public sealed partial class DatasetEditing(TsunaguDb db, SchemaCatalogue schemas, AuditLog audit, TimeProvider clock)
{
    private static readonly char[] s_tagSeparators = [',', '、', '，', ' ', '　', ';'];

    public async Task<(OpenDataResult Result, Dataset? Dataset)> CreateAsync(DatasetInput input, Editor editor, CancellationToken ct)
    {
        var dataset = new Dataset { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (await ApplyAsync(dataset, input, editor, ct) is { } error)
        {
            return (error, null);
        }
        db.Add(dataset);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("opendata.dataset.create", "dataset", dataset.Name, dataset.Title, ct);
        return (OpenDataResult.Ok, dataset);
    }

    public async Task<OpenDataResult> UpdateAsync(Dataset dataset, DatasetInput input, Editor editor, CancellationToken ct)
    {
        if (!editor.MayEdit(dataset))
        {
            return new OtherDepartmentsDataset();
        }
        if (await ApplyAsync(dataset, input, editor, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("opendata.dataset.edit", "dataset", dataset.Name, dataset.Title, ct);
        return OpenDataResult.Ok;
    }

    public async Task<OpenDataResult> MoveAsync(Dataset dataset, DatasetStatus to, Editor editor, CancellationToken ct)
    {
        if (!editor.MayPublish(dataset))
        {
            return new PublishByManager();
        }
        if (dataset.Status == to)
        {
            return new AlreadyInStatus(to.Japanese());
        }
        if (to == DatasetStatus.Published && dataset.Resources.Count == 0)
        {
            return new NothingToPublish();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        dataset.Status = to;
        dataset.ModifiedAt = now;
        dataset.PublishedAt = to == DatasetStatus.Published ? dataset.PublishedAt ?? now : dataset.PublishedAt;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("opendata.dataset." + to.ToString().ToLowerInvariant(), "dataset", dataset.Name, to.Japanese(), ct);
        return OpenDataResult.Ok;
    }

    private async Task<OpenDataError?> ApplyAsync(Dataset dataset, DatasetInput input, Editor editor, CancellationToken ct)
    {
        var name = input.Name?.Trim() ?? "";
        if (!NamePattern().IsMatch(name))
        {
            return new NameInvalid();
        }
        if (await db.Set<Dataset>().AnyAsync(d => d.Name == name && d.Id != dataset.Id, ct))
        {
            return new NameTaken();
        }
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200)
        {
            return new TitleRequired();
        }
        var description = input.Description?.Trim() ?? "";
        if (description.Length is 0 or > 4000)
        {
            return new DescriptionRequired();
        }
        var department = Departments.Find(input.Department ?? "");
        if (department is null || (!editor.IsAdmin && department.Code != editor.Department))
        {
            return new DepartmentUnknown();
        }
        dataset.Name = name;
        dataset.Title = title;
        dataset.Description = description;
        dataset.Department = department.Code;
        dataset.Tags = Dataset.JoinTags((input.Tags ?? "").Split(s_tagSeparators, StringSplitOptions.RemoveEmptyEntries).Take(20).Select(t => Clip(t, 40)));
        dataset.Licence = string.IsNullOrWhiteSpace(input.Licence) ? Dataset.DefaultLicence : Clip(input.Licence.Trim(), 40);
        dataset.UpdateFrequency = Clip(input.UpdateFrequency?.Trim() ?? "", 100);
        dataset.SpatialCoverage = Clip(input.SpatialCoverage?.Trim() ?? "", 200);
        dataset.TemporalCoverage = Clip(input.TemporalCoverage?.Trim() ?? "", 200);
        dataset.Contact = Clip(input.Contact?.Trim() ?? "", 300);
        dataset.SchemaId = schemas.Find(input.SchemaId)?.Id ?? (input.SchemaId == GtfsSchema.Id ? GtfsSchema.Id : null);
        dataset.ModifiedAt = clock.GetUtcNow().UtcDateTime;
        return null;
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;

    [GeneratedRegex("^[a-z0-9_-]{2,100}$")]
    private static partial Regex NamePattern();
}

public static class DatasetStatusText
{
    public static string Japanese(this DatasetStatus status) => status switch
    {
        DatasetStatus.Draft => "下書き",
        DatasetStatus.Published => "公開中",
        DatasetStatus.Retired => "公開終了",
        _ => status.ToString(),
    };
}

/// <summary>The pseudo-schema of a GTFS-JP feed: a zip checked by Gtfs/GtfsValidator instead of a CSV schema.</summary>
public static class GtfsSchema
{
    public const string Id = "gtfs-jp";
}
