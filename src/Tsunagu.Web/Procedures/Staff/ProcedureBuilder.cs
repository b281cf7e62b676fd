using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Staff;

/// <summary>A problem with what staff typed, named by the form field it belongs to.</summary>
public sealed record BuilderProblem(string Field, string Message);

/// <summary>The version published, or the catalogue problems ("path: message") that stopped it.</summary>
public sealed record PublishOutcome(int? Version, IReadOnlyList<string> Problems);

/// <summary>The form builder's use cases: edit a working copy, then publish it as a new, never-changed version.</summary>
public sealed partial class ProcedureBuilder(TsunaguDb db, ProcedureCatalogue catalogue, AuditLog audit, TimeProvider clock)
{
    public const int MaxImportBytes = 512 * 1024;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>The working copy, else a copy of the latest published version, else null.</summary>
    public async Task<ProcedureDefinition?> OpenAsync(string id, CancellationToken ct = default)
    {
        var copy = await db.Set<ProcedureWorkingCopy>().AsNoTracking()
            .Where(w => w.ProcedureId == id).Select(w => w.DefinitionJson).SingleOrDefaultAsync(ct);
        copy ??= await db.Set<ProcedureVersion>().AsNoTracking().Where(v => v.ProcedureId == id)
            .OrderByDescending(v => v.Version).Select(v => v.DefinitionJson).FirstOrDefaultAsync(ct);
        return copy is null ? null : Read(copy);
    }

    public async Task<IReadOnlyList<BuilderProblem>> CreateAsync(string id, string name, string department, string category, string staffId, CancellationToken ct = default)
    {
        var problems = new List<BuilderProblem>();
        id = id.Trim();
        if (id.Length is 0 or > 60 || !Slug().IsMatch(id))
        {
            problems.Add(new("NewId", "手続きIDは、半角の英小文字・数字とハイフンで60文字以内で入力してください(例: jidou-teate)。"));
        }
        else if (await ExistsAsync(id, ct))
        {
            problems.Add(new("NewId", "この手続きIDは既に使われています。別のIDにしてください。"));
        }
        if (BuilderInput.Problem(name, BuilderInput.ShortText, "手続きの名前") is { } nameProblem)
        {
            problems.Add(new("NewName", nameProblem));
        }
        else if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("NewName", "手続きの名前を入力してください。"));
        }
        if (Departments.Find(department)?.Code != department)
        {
            problems.Add(new("NewDepartment", "担当課を選んでください。"));
        }
        if (!Vocabulary.Categories.Contains(category))
        {
            problems.Add(new("NewCategory", "分類を選んでください。"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        // Defaults that pass validation where possible, so staff only fill in what is specific to the procedure.
        await SaveAsync(new ProcedureDefinition
        {
            Id = id,
            Version = 1,
            Name = name.Trim(),
            Department = department,
            Category = category,
            Applicants = ["本人"],
            Assurance = "none",
            Channels = [ProcedureChannels.Counter],
        }, staffId, ct);
        return problems;
    }

    /// <summary>Stores the working copy as it is, complete or not: checks happen when publishing.</summary>
    public async Task SaveAsync(ProcedureDefinition definition, string staffId, CancellationToken ct = default)
    {
        var copy = await db.Set<ProcedureWorkingCopy>().SingleOrDefaultAsync(w => w.ProcedureId == definition.Id, ct);
        if (copy is null)
        {
            copy = new ProcedureWorkingCopy { ProcedureId = definition.Id };
            db.Set<ProcedureWorkingCopy>().Add(copy);
        }
        copy.DefinitionJson = CatalogueFiles.Serialize(definition);
        copy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        copy.UpdatedBy = staffId;
        await db.SaveChangesAsync(ct);
    }

    public async Task<PublishOutcome> PublishAsync(string id, string staffId, CancellationToken ct = default)
    {
        var copy = await db.Set<ProcedureWorkingCopy>().SingleOrDefaultAsync(w => w.ProcedureId == id, ct);
        if (copy is null)
        {
            return new(null, ["公開していない変更はありません。"]);
        }
        var latest = await db.Set<ProcedureVersion>().Where(v => v.ProcedureId == id).MaxAsync(v => (int?)v.Version, ct) ?? 0;
        var definition = Read(copy.DefinitionJson) with { Id = id, Version = latest + 1 };
        var problems = CatalogueValidator.Validate(definition);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        db.Set<ProcedureVersion>().Add(new ProcedureVersion
        {
            Id = Guid.CreateVersion7(),
            ProcedureId = id,
            Version = definition.Version,
            DefinitionJson = CatalogueFiles.Serialize(definition),
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = staffId,
        });
        db.Set<ProcedureWorkingCopy>().Remove(copy);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (procedure, version) index: someone else published the same version a moment earlier.
            return new(null, ["version: 他の職員が同時に公開しました。画面を開き直してから、もう一度公開してください。"]);
        }
        await catalogue.ReloadAsync(ct);
        await audit.AppendAsync(staffId, "procedure.publish", "procedure", id, $"第{definition.Version}版を公開", ct);
        return new(definition.Version, []);
    }

    /// <summary>Reads a catalogue file into the working copy of its id; nothing is stored when it has problems.</summary>
    public async Task<(string? Id, IReadOnlyList<string> Problems)> ImportAsync(string json, string staffId, CancellationToken ct = default)
    {
        var (definition, problems) = CatalogueFiles.Parse(json);
        if (definition is null)
        {
            return (null, problems);
        }
        await SaveAsync(definition, staffId, ct);
        return (definition.Id, []);
    }

    /// <summary>The latest published version exactly as stored, or null.</summary>
    public async Task<string?> ExportAsync(string id, CancellationToken ct = default) =>
        await db.Set<ProcedureVersion>().AsNoTracking().Where(v => v.ProcedureId == id)
            .OrderByDescending(v => v.Version).Select(v => v.DefinitionJson).FirstOrDefaultAsync(ct);

    public async Task<bool> HasChangesAsync(string id, CancellationToken ct = default) =>
        await db.Set<ProcedureWorkingCopy>().AnyAsync(w => w.ProcedureId == id, ct);

    public async Task<IReadOnlyList<ProcedureWorkingCopy>> WorkingCopiesAsync(CancellationToken ct = default) =>
        await db.Set<ProcedureWorkingCopy>().AsNoTracking().ToListAsync(ct);

    public static ProcedureDefinition Read(string json) => JsonSerializer.Deserialize<ProcedureDefinition>(json, CatalogueFiles.Json)!;

    private async Task<bool> ExistsAsync(string id, CancellationToken ct) =>
        catalogue.Find(id) is not null
        || await db.Set<ProcedureWorkingCopy>().AnyAsync(w => w.ProcedureId == id, ct)
        || await db.Set<ProcedureVersion>().AnyAsync(v => v.ProcedureId == id, ct);
}
