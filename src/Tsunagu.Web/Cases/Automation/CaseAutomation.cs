using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.Cases.Automation;

/// <summary>The RPA part inside the platform: rules that act on new cases, each effect written to the case's history.</summary>
public sealed class CaseAutomation(TsunaguDb db, CaseHistory history, IResidentDirectory residents, IEnumerable<ICaseFeeCheck> feeChecks)
{
    public const string RegistryPurpose = "案件の自動受付(住民登録の確認)";

    public async Task<ProcedureRules> RulesForAsync(ProcedureSummary procedure, CancellationToken ct) =>
        await db.Set<ProcedureRules>().AsNoTracking().SingleOrDefaultAsync(r => r.ProcedureId == procedure.Id, ct)
        ?? ProcedureRules.Defaults(procedure.Id, procedure.Category);

    /// <summary>
    /// Auto-assign, then auto-accept when <paramref name="checks"/> were run (the procedure asks for it) and all passed.
    /// Staged; the intake saves. The checks run before the case is staged, because a registry look-up writes an audit entry.
    /// </summary>
    public async Task OnOpenedAsync(CaseFile c, IReadOnlyList<CaseCheckOutcome>? checks, CancellationToken ct)
    {
        var assignRules = await db.Set<AssignRule>().AsNoTracking().Where(r => r.ProcedureId == c.ProcedureId).ToListAsync(ct);
        // A rule for the applicant's 大字 wins over the procedure-wide one.
        var rule = assignRules.FirstOrDefault(r => r.Oaza is not null && r.Oaza == c.Oaza) ?? assignRules.FirstOrDefault(r => r.Oaza is null);
        if (rule is not null)
        {
            (c.AssigneeId, c.AssigneeName) = (rule.AssigneeId, rule.AssigneeName);
            var why = rule.Oaza is null ? "手続きごとの割り当て" : $"大字{rule.Oaza}の割り当て";
            history.Log(c, StaffActor.System, CaseEventKinds.Rule, $"自動割り当て({why}): 担当者を {rule.AssigneeName} さんにしました");
        }
        if (checks is not { } outcomes)
        {
            return;
        }
        var summary = string.Join("、", outcomes.Select(o => (o.Passed ? "○ " : "× ") + o.Reason));
        if (outcomes.All(o => o.Passed))
        {
            await history.MoveAsync(c, CaseStatus.InReview, StaffActor.System, "自動受付: " + summary, null, ct);
        }
        else
        {
            history.Log(c, StaffActor.System, CaseEventKinds.Rule, "自動受付の条件を満たさないため、受付のままです: " + summary);
        }
    }

    /// <summary>The three checks of auto-accept: required attachments, the applicant in the registry, the fee paid.</summary>
    public async Task<IReadOnlyList<CaseCheckOutcome>> ChecksAsync(CaseFile c, IReadOnlyDictionary<string, string> answers, ProcedureSummary procedure, CancellationToken ct)
    {
        var missing = procedure.Attachments.Where(a => a.Required && string.IsNullOrEmpty(answers.GetValueOrDefault(a.Id))).Select(a => a.Name).ToList();
        var attachments = missing.Count == 0
            ? CaseCheckOutcome.Pass("必要な添付書類があります")
            : CaseCheckOutcome.Fail("添付書類がありません(" + string.Join("・", missing) + ")");
        return [attachments, await RegistryCheckAsync(c, answers, procedure, ct), await FeeCheckAsync(c, procedure, ct)];
    }

    private async Task<CaseCheckOutcome> RegistryCheckAsync(CaseFile c, IReadOnlyDictionary<string, string> answers, ProcedureSummary procedure, CancellationToken ct)
    {
        if (c.ApplicantResidentId is { } id)
        {
            return await residents.FindAsync(new ResidentId(id), RegistryPurpose, ct) is { IsResident: true }
                ? CaseCheckOutcome.Pass("住民登録を確認しました") : CaseCheckOutcome.Fail("住民登録が見つかりません");
        }
        var birthField = procedure.Fields.FirstOrDefault(f => f.Prefill == "resident.birthDate")?.Id;
        if (c.ApplicantKana.Length == 0 || birthField is null
            || !DateOnly.TryParse(answers.GetValueOrDefault(birthField), CultureInfo.InvariantCulture, out var birth))
        {
            return CaseCheckOutcome.Fail("申請者のフリガナと生年月日がないため、住民登録を確認できません");
        }
        var found = await residents.SearchAsync(c.ApplicantKana, birth, RegistryPurpose, ct);
        if (found.Count(r => r.IsResident) != 1)
        {
            return CaseCheckOutcome.Fail(found.Count == 0 ? "住民登録が見つかりません" : "同じフリガナと生年月日の方が複数います");
        }
        c.ApplicantResidentId = found.Single(r => r.IsResident).Id.Value;
        return CaseCheckOutcome.Pass("住民登録を確認しました");
    }

    private async Task<CaseCheckOutcome> FeeCheckAsync(CaseFile c, ProcedureSummary procedure, CancellationToken ct)
    {
        if (procedure.Fee is null or 0)
        {
            return CaseCheckOutcome.Pass("手数料はかかりません");
        }
        var facts = new CaseFacts(c.Id, c.ProcedureId, c.Channel, c.SourceReference, c.ApplicationId, procedure.Fee);
        // One module answers for fees (Payments); the first registered check is the authority.
        if (feeChecks.FirstOrDefault() is { } check)
        {
            return await check.IsPaidAsync(facts, ct);
        }
        return CaseCheckOutcome.Fail($"手数料({procedure.Fee:N0}円)の納付を確かめる仕組みがまだないため、職員が確認します");
    }
}
