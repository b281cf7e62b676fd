using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Tsunagu.Web.Platform.Layout;

/// <summary>
/// Japanese is written in the pages themselves and is the key; English comes from embedded
/// <c>*.en.json</c> files that any module may add. A missing translation shows the Japanese text.
/// </summary>
internal sealed class JsonStringLocalizer(IReadOnlyDictionary<string, string> english) : IStringLocalizer
{
    public LocalizedString this[string name] => Translate(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        Translate(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        english.Select(kv => new LocalizedString(kv.Key, kv.Value));

    private LocalizedString Translate(string name, string fallback)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && english.TryGetValue(name, out var en))
        {
            return new LocalizedString(name, en);
        }
        return new LocalizedString(name, fallback, resourceNotFound: CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en");
    }
}

internal sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(LoadEnglish());

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;

    private static Dictionary<string, string> LoadEnglish()
    {
        var assembly = typeof(JsonStringLocalizerFactory).Assembly;
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".en.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!)
            {
                table[key] = value;
            }
        }
        return table;
    }
}
