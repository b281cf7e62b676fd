using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagu.Web.Procedures.Catalogue;

/// <summary>Reads and writes the catalogue file format.</summary>
public static class CatalogueFiles
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt key ("requird") must stop start-up, not be ignored silently.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses and validates one definition; problems come back as "path: message".</summary>
    public static (ProcedureDefinition? Definition, List<string> Errors) Parse(string json)
    {
        ProcedureDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<ProcedureDefinition>(json, Json);
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$').TrimStart('.');
            return (null, [$"{(path.Length == 0 ? "(file)" : path)}: {FirstSentence(ex.Message)}"]);
        }
        if (definition is null)
        {
            return (null, ["(file): empty"]);
        }
        var errors = CatalogueValidator.Validate(definition);
        return (errors.Count == 0 ? definition : null, errors);
    }

    /// <summary>Every file of a folder; the first problem of the first bad file is reported with the file's name.</summary>
    public static (List<ProcedureDefinition> Definitions, List<string> Errors) LoadDirectory(string directory)
    {
        var definitions = new List<ProcedureDefinition>();
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var (definition, problems) = Parse(File.ReadAllText(file));
            errors.AddRange(problems.Select(p => $"catalog/procedures/{name}: {p}"));
            if (definition is not null && definition.Id + ".json" != name)
            {
                errors.Add($"catalog/procedures/{name}: id: '{definition.Id}' must match the file name");
            }
            else if (definition is not null)
            {
                definitions.Add(definition);
            }
        }
        return (definitions, errors);
    }

    public static string Serialize(ProcedureDefinition definition) => JsonSerializer.Serialize(definition, Json);

    private static string FirstSentence(string message) => message.Split(". Path:")[0].Split('\n')[0];
}
