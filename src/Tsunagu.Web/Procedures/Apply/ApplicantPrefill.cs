using Tsunagu.Web.Procedures.Catalogue;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// Once only: values the town already has, put into a new draft. Sources, first wins: the resident's account and,
/// when the account is linked to the registry, the registry itself (ResidentPrefillSource); then what the resident
/// typed in recent applications (EarlierApplicationPrefillSource). Each value is marked with where it came from.
/// </summary>
public sealed class ApplicantPrefill(IEnumerable<IPrefillSource> sources)
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(HttpContext http, FormDefinition form, CancellationToken ct)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (k, v) in await source.ValuesAsync(http, ct))
            {
                if (known.TryAdd(k, v))
                {
                    labels[k] = source.Label ?? SourceOf(k);
                }
            }
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in form.AllFields.Where(f => f.Prefill is not null))
        {
            foreach (var (k, v) in known.Where(kv => kv.Key == f.Prefill || kv.Key.StartsWith(f.Prefill + "[", StringComparison.Ordinal) || kv.Key == f.Prefill + ".count"))
            {
                var key = f.Id + k[f.Prefill!.Length..];
                values[key] = v;
                if (!k.EndsWith(".count", StringComparison.Ordinal))
                {
                    values[key + ".source"] = labels[k];
                }
            }
        }
        return values;
    }

    private static string SourceOf(string key) => key.StartsWith("resident.email", StringComparison.Ordinal) ? "アカウント" : "住民記録";
}

/// <summary>Gives prefill values keyed by the catalogue's prefill names (resident.name, household.members[0].name…).</summary>
public interface IPrefillSource
{
    /// <summary>Where the values come from, as residents read it; null lets the key decide (アカウント or 住民記録).</summary>
    string? Label => null;

    Task<IReadOnlyDictionary<string, string>> ValuesAsync(HttpContext http, CancellationToken ct);
}
