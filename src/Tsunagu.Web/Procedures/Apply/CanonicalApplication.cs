using System.Text;
using System.Text.Json;
using Tsunagu.Web.Platform.Files;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// The bytes a resident signs for a <c>card-signature</c> procedure (format: docs/canonical-application.md): UTF-8 JSON,
/// object keys in ordinal order, strings in Unicode NFC, no whitespace, attachments by SHA-256. The same answers always
/// give the same bytes, so a signature can be checked again years later from the stored application.
/// </summary>
public static class CanonicalApplication
{
    public const string Format = "tsunagu-application/1";

    public static byte[] Serialize(ProcedureDefinition procedure, Guid draftId, FormAnswers answers)
    {
        var fileFields = (procedure.Form?.AllFields ?? []).SelectMany(f => f.Fields.Prepend(f))
            .Where(f => f.Type == FieldTypes.File).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WritePropertyName("answers");
            w.WriteStartObject();
            foreach (var (key, value) in answers.Values.OrderBy(kv => Nfc(kv.Key), StringComparer.Ordinal))
            {
                if (IsFile(key, fileFields) && StoredFile.FromReference(value) is { } file)
                {
                    w.WritePropertyName(Nfc(key));
                    w.WriteStartObject();
                    w.WriteString("kind", file.Kind);
                    w.WriteString("name", Nfc(file.FileName));
                    w.WriteString("sha256", file.Sha256);
                    w.WriteNumber("size", file.Size);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteString(Nfc(key), Nfc(value));
                }
            }
            w.WriteEndObject();
            w.WriteString("draft", draftId.ToString("D"));
            w.WriteString("format", Format);
            w.WriteString("procedure", procedure.Id);
            w.WriteNumber("version", procedure.Version);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Answer keys are <c>field</c>, <c>group[0].field</c> or <c>field.part</c>; a file answer's key ends with its field id.</summary>
    private static bool IsFile(string key, HashSet<string> fileFields)
    {
        var last = key[(key.LastIndexOf('.') + 1)..];
        return fileFields.Contains(key) || fileFields.Contains(last);
    }

    private static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);
}
