using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// Once only: what the resident typed in their recent applications for fields with a prefill name (a phone number,
/// say, which the registry does not hold). The registry source comes first, so it wins where both know a value.
/// </summary>
internal sealed class EarlierApplicationPrefillSource(ICurrentResident resident, TsunaguDb db, ProcedureCatalogue catalogue) : IPrefillSource
{
    private const int RecentApplications = 5;

    public string? Label => "前回の申請";

    public async Task<IReadOnlyDictionary<string, string>> ValuesAsync(HttpContext http, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!resident.IsSignedIn)
        {
            return values;
        }
        var owner = "account:" + resident.AccountId;
        var recent = await db.Set<Application>().AsNoTracking().Where(a => a.Owner == owner)
            .OrderByDescending(a => a.SubmittedAt).Take(RecentApplications)
            .Select(a => new { a.ProcedureId, a.ProcedureVersion, a.AnswersJson }).ToListAsync(ct);
        foreach (var application in recent)
        {
            var form = (await catalogue.FindVersionAsync(application.ProcedureId, application.ProcedureVersion, ct))?.Form;
            var answers = FormAnswers.FromJson(application.AnswersJson);
            // Groups (household members) come from the registry only: last year's family list may be out of date.
            foreach (var f in (form?.AllFields ?? []).Where(f => f.Prefill is not null && f.Type != FieldTypes.Group))
            {
                if (answers[f.Id] is { Length: > 0 } value)
                {
                    values.TryAdd(f.Prefill!, value);
                }
            }
        }
        return values;
    }
}
