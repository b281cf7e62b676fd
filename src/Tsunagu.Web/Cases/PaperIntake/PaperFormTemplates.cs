using System.Text.Json;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>A rectangle on an A4 page in millimetres from the top-left corner.</summary>
public sealed record Region(float X, float Y, float Width, float Height);

/// <summary>One field read from paper: the procedure's field, what kind of value it holds and where it is written.</summary>
public sealed record PaperField(string FieldId, string Label, string Type, bool Required, string? Prefill, IReadOnlyList<string> Options, Region Region);

/// <summary>
/// How to read one procedure's paper form. Templates are data (<c>catalog/ocr-templates/*.json</c>): the fields to read
/// in order and, for forms printed elsewhere, each field's region. Without a region a field sits in its row of the form
/// the platform prints itself (<see cref="PaperFormLayout"/>), so the printed form and the template cannot drift apart.
/// </summary>
public sealed record PaperFormTemplate(string ProcedureId, string ProcedureName, string Department, string Note, IReadOnlyList<PaperField> Fields);

/// <summary>The templates loaded at start, checked against the procedure catalogue.</summary>
public sealed class PaperFormTemplates
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };
    private readonly Dictionary<string, PaperFormTemplate> _templates = new(StringComparer.Ordinal);

    public PaperFormTemplates(IConfiguration configuration, IProcedureDirectory procedures, ILogger<PaperFormTemplates> log)
    {
        var directory = configuration["Tsunagu:OcrTemplateDirectory"] is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "catalog", "ocr-templates");
        if (!Directory.Exists(directory))
        {
            log.LogWarning("No OCR template folder at {Directory}; paper intake has no forms", directory);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var (template, problem) = Load(File.ReadAllText(file), procedures);
            if (template is null)
            {
                log.LogError("OCR template {File} is not used: {Problem}", Path.GetFileName(file), problem);
                continue;
            }
            _templates[template.ProcedureId] = template;
        }
    }

    public IReadOnlyList<PaperFormTemplate> All => [.. _templates.Values.OrderBy(t => t.ProcedureName, StringComparer.Ordinal)];

    public PaperFormTemplate? Find(string? procedureId) =>
        procedureId is not null && _templates.TryGetValue(procedureId, out var t) ? t : null;

    /// <summary>Reads one template file; the problem says what is wrong when it cannot be used.</summary>
    public static (PaperFormTemplate? Template, string? Problem) Load(string json, IProcedureDirectory procedures)
    {
        TemplateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TemplateFile>(json, s_json);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON: {e.Message}");
        }
        if (file?.Procedure is null || procedures.Find(file.Procedure) is not { } procedure)
        {
            return (null, $"unknown procedure '{file?.Procedure}'");
        }
        var known = procedure.Fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var fields = new List<PaperField>();
        foreach (var (entry, row) in (file.Fields ?? []).Select((f, i) => (f, i)))
        {
            if (entry.Field is null || !known.TryGetValue(entry.Field, out var field))
            {
                return (null, $"field '{entry.Field}' is not in procedure '{procedure.Id}'");
            }
            if (!PaperFieldKinds.Readable.Contains(field.Type))
            {
                return (null, $"field '{field.Id}' of type '{field.Type}' cannot be read from paper");
            }
            var region = entry.Region ?? PaperFormLayout.ValueRegion(row);
            fields.Add(new PaperField(field.Id, field.Label, field.Type, field.Required, field.Prefill, field.Options, region));
        }
        if (fields.Count == 0 || fields.Count > PaperFormLayout.MaxRows)
        {
            return (null, $"a template reads 1 to {PaperFormLayout.MaxRows} fields");
        }
        return (new PaperFormTemplate(procedure.Id, procedure.Name, procedure.Department, file.Note ?? "", fields), null);
    }

    private sealed record TemplateFile(string? Procedure, string? Note, List<TemplateField>? Fields);

    private sealed record TemplateField(string? Field, Region? Region);
}
