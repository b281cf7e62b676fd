using System.Text;

namespace Tsunagu.Web.Cases.PaperIntake;

/// <summary>What was read for one field: the raw text, the value for the form, and how sure the reading is.</summary>
public sealed record ExtractedValue(string FieldId, string Read, string Value, float Confidence, bool WellFormed)
{
    /// <summary>Staff should look twice: empty, odd-shaped or read with low confidence.</summary>
    public bool NeedsCheck => !WellFormed || Confidence < FieldExtraction.SureConfidence;
}

/// <summary>Turns the words read in each field's box into the value the form expects.</summary>
public static class FieldExtraction
{
    public const float SureConfidence = 80f;

    public static IReadOnlyList<ExtractedValue> Extract(PaperFormTemplate template, FieldWords read) =>
        [.. template.Fields.Select(field => Extract(field, read.ByField.GetValueOrDefault(field.FieldId) ?? []))];

    private static ExtractedValue Extract(PaperField field, IReadOnlyList<OcrWord> found)
    {
        var words = found.Where(w => !IsBorder(w)).OrderBy(w => w.Line).ThenBy(w => w.Left).ToList();
        var read = Join(words);
        var (value, wellFormed) = read.Length == 0 ? ("", false) : PaperFieldKinds.Normalize(field, read);
        var confidence = words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        return new ExtractedValue(field.FieldId, read, value, confidence, wellFormed);
    }

    // A run of bars and dashes is a piece of the box's border read as text.
    private static bool IsBorder(OcrWord w) => w.Text.All(c => c is '|' or '[' or ']' or '_' or '—' or 'l' or 'I');

    /// <summary>Words in reading order; a gap wider than half a character becomes a space (between family and given name).</summary>
    private static string Join(IReadOnlyList<OcrWord> words)
    {
        var text = new StringBuilder();
        OcrWord? previous = null;
        foreach (var w in words)
        {
            if (previous is not null && (w.Line != previous.Line || w.Left - (previous.Left + previous.Width) > previous.Height * 0.6))
            {
                text.Append(' ');
            }
            text.Append(w.Text);
            previous = w;
        }
        return text.ToString();
    }
}
