using System.Diagnostics;
using System.Globalization;
using SkiaSharp;
using Tsunagu.Web.Cases.PaperIntake;
using Tsunagu.Web.Residents;

namespace Tsunagu.Tests.Support;

/// <summary>
/// Paper forms as a scanner would deliver them: the platform's form filled with a demo resident's data, printed at
/// 200 dpi, turned by a small angle, shifted, sprinkled with noise and saved as a JPEG.
/// </summary>
public static class SyntheticScans
{
    private static readonly string[] s_relations = ["長男", "妻", "長女", "夫", "二男"];

    /// <summary>What a resident would write on the form for <paramref name="person"/>.</summary>
    public static Dictionary<string, string> ValuesFor(PaperFormTemplate template, Person person, Household household, int index)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["applicant-name"] = person.FullName,
            ["applicant-kana"] = person.FullNameKana,
            ["applicant-birth-date"] = Iso(person.BirthDate),
            ["applicant-postal-code"] = household.Address.PostalCode,
            ["applicant-address"] = household.Address.FullText,
            ["applicant-phone"] = $"0973-7{index % 10}-{1000 + (index * 37 % 9000)}",
            ["copies"] = (1 + (index % 3)).ToString(CultureInfo.InvariantCulture),
            ["seal-card-number"] = $"{20000 + index}",
            ["deceased-name"] = $"{person.FamilyName}　{(index % 2 == 0 ? "正男" : "ハル")}",
            ["deceased-birth-date"] = Iso(new DateOnly(1930 + (index % 15), 1 + (index % 12), 1 + (index % 28))),
            ["death-date"] = Iso(new DateOnly(2026, 9, 1 + (index % 28))),
            ["funeral-date"] = Iso(new DateOnly(2026, 10, 1 + (index % 28))),
            ["relation"] = s_relations[index % s_relations.Length],
        };
        foreach (var field in template.Fields.Where(f => f.Type == "select"))
        {
            values[field.FieldId] = field.Options[index % field.Options.Count];
        }
        return values.Where(v => template.Fields.Any(f => f.FieldId == v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }

    /// <summary>The filled form as a noisy, skewed JPEG scan.</summary>
    public static byte[] Scan(PaperFormTemplate template, IReadOnlyDictionary<string, string> values, int seed, float maxSkewDegrees = 1f)
    {
        var random = new Random(seed);
        using var page = SKBitmap.Decode(Rasterise(PaperFormLayout.Render(template, values)));
        using var scan = new SKBitmap(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(scan))
        {
            canvas.Clear(SKColors.White);
            canvas.Translate(random.Next(-12, 13), random.Next(-12, 13));
            canvas.RotateDegrees(((float)random.NextDouble() * 2 - 1) * maxSkewDegrees, page.Width / 2f, page.Height / 2f);
            using var image = SKImage.FromBitmap(page);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        }
        AddNoise(scan, random);
        using var jpeg = SKImage.FromBitmap(scan);
        return jpeg.Encode(SKEncodedImageFormat.Jpeg, 75).ToArray();
    }

    // Salt and pepper: about 0.3% of the pixels flipped, like dust and toner specks on a flatbed scan.
    private static void AddNoise(SKBitmap bitmap, Random random)
    {
        var pixels = bitmap.Width * bitmap.Height;
        for (var i = 0; i < pixels / 300; i++)
        {
            var x = random.Next(bitmap.Width);
            var y = random.Next(bitmap.Height);
            var v = (byte)(random.Next(2) == 0 ? 30 : 235);
            bitmap.SetPixel(x, y, new SKColor(v, v, v));
        }
    }

    private static byte[] Rasterise(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("tsunagu-scan-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "form.pdf"), pdf);
            using var process = Process.Start("pdftoppm", ["-r", "200", "-gray", "-png", "-singlefile", Path.Combine(folder, "form.pdf"), Path.Combine(folder, "page")])!;
            process.WaitForExit();
            return File.ReadAllBytes(Path.Combine(folder, "page.png"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
