using System.Diagnostics;
using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Tests.Procedures;

public sealed class CatalogueTests
{
    private static string Valid => File.ReadAllText(Path.Combine(Support.ProcedureFactory.TestCatalog, "test-every-field.json"));

    [Fact]
    public void Parse_TestCatalogue_IsValid()
    {
        var (definition, errors) = CatalogueFiles.Parse(Valid);

        Assert.Empty(errors);
        Assert.True(definition!.IsOnline);
    }

    [Theory]
    [InlineData("\"type\": \"text\", \"label\": \"氏名\"", "\"type\": \"txt\", \"label\": \"氏名\"", "form.pages[0].fields[0].type: unknown field type 'txt'")]
    [InlineData("\"category\": \"情報\"", "\"category\": \"なんでも\"", "category: unknown category")]
    [InlineData("\"department\": \"digital\"", "\"department\": \"it\"", "department: unknown department code")]
    [InlineData("\"field\": \"purpose\", \"equals\": \"その他\" }, \"requiredIf\"", "\"field\": \"purpos\", \"equals\": \"その他\" }, \"requiredIf\"", "showIf.field: 'purpos' is not a field")]
    [InlineData("\"required\": true, \"maxLength\": 40", "\"requird\": true, \"maxLength\": 40", "form.pages[0].fields[0].requird")]
    public void Parse_BrokenFile_NamesTheField(string from, string to, string expected)
    {
        var broken = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, broken);

        var (definition, errors) = CatalogueFiles.Parse(broken);

        Assert.Null(definition);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TownCatalogue_EveryFileIsValid()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "catalog", "procedures");

        var (definitions, errors) = CatalogueFiles.LoadDirectory(dir);

        Assert.Empty(errors);
        Assert.All(definitions, d => Assert.True(d.Form is null || d.Form.AllFields.Any()));
    }

    [Fact]
    public async Task Program_BrokenCatalogueFile_RefusesToStartNamingFileAndField()
    {
        var dir = Directory.CreateTempSubdirectory("tsunagu-badcatalog").FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "test-every-field.json"), Valid.Replace("\"type\": \"text\", \"label\": \"氏名\"", "\"type\": \"txt\", \"label\": \"氏名\"", StringComparison.Ordinal));
        var dll = typeof(Tsunagu.Web.Platform.PlatformModule).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, "--Tsunagu:CatalogDirectory=" + dir, "--data", Path.Combine(dir, "data"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("catalog/procedures/test-every-field.json: form.pages[0].fields[0].type: unknown field type 'txt'", stderr, StringComparison.Ordinal);
    }
}

public sealed class TownCatalogueTests
{
    [Fact]
    public void TownCatalogue_HasAtLeast100OnlineProceduresInEveryOitaCategory()
    {
        var (definitions, errors) = CatalogueFiles.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "catalog", "procedures"));
        var online = definitions.Where(d => d.Published && d.IsOnline).ToList();

        Assert.Empty(errors);
        Assert.True(online.Count >= 100, $"{online.Count} online procedures");
        Assert.All(Vocabulary.Categories, c => Assert.Contains(online, d => d.Category == c));
        Assert.True(definitions.Count(d => d.Assurance is "card-login" or "card-signature") >= 40);
    }
}
