using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Tsunagu.Web.Platform.Layout;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Navi;

namespace Tsunagu.Tests.Platform;

/// <summary>English mode is complete: every Japanese key the pages pass to the localiser has an English entry.</summary>
public sealed partial class TranslationTests
{
    [GeneratedRegex("""\bT\[\s*"((?:[^"\\\r\n]|\\.)*)"\s*[\],]""")]
    private static partial Regex LiteralKey();

    [Fact]
    public void LiteralKeysInPages_AllHaveEnglish()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "Tsunagu.Web");
        var keys = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(pages, f), Key: Regex.Unescape(m.Groups[1].Value))))
            .ToList();

        Assert.True(keys.Count > 300, $"Expected to find the pages' keys, found {keys.Count}.");
        AssertTranslated(keys.Select(k => $"{k.File}: {k.Key}"), keys.Select(k => k.Key));
    }

    [Fact]
    public void VocabularyShownThroughTheLocaliser_AllHasEnglish()
    {
        var keys = Departments.All.Select(d => d.Name)
            .Concat(Vocabulary.Categories)
            .Concat(Vocabulary.LifeEvents)
            .Concat(Vocabulary.Applicants)
            .Concat(Vocabulary.Assurances.Select(Vocabulary.DescribeAssurance))
            .Concat(ProcedureChannels.All.Select(ProcedureChannels.Describe))
            .Concat(NaviAnswers.AskedEvents)
            .ToList();

        AssertTranslated(keys, keys);
    }

    private static void AssertTranslated(IEnumerable<string> labels, IEnumerable<string> keys)
    {
        var localizer = new JsonStringLocalizerFactory().Create(typeof(object));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var missing = labels.Zip(keys).Where(p => IsMissing(localizer, p.Second)).Select(p => p.First).Distinct().ToList();
            Assert.True(missing.Count == 0, "No English translation for:\n" + string.Join("\n", missing));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static bool IsMissing(IStringLocalizer localizer, string key) => localizer[key].ResourceNotFound;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tsunagu.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Tsunagu.slnx not found above " + AppContext.BaseDirectory);
    }
}
