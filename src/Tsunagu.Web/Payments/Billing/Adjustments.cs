using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Billing;

/// <summary>
/// 更正: a new annual amount for an assessment. Only the 期 whose amount changes get a new slip (re-issue count + 1, new
/// 確認番号, same 納付番号), so a resident holding an unchanged slip can still pay it.
/// </summary>
public sealed class Adjustments(TsunaguDb db, AuditLog audit, TimeProvider clock)
{
    public const string Purpose = "保険料の更正";
    public const string StaleMessage = "この賦課は、開いている間にほかの職員が更正しました。新しい内容を確かめてから、もう一度更正してください。";
    public const string AllDueMessage = "すべての期の納期限が過ぎているため、ここでは更正できません。基幹システムで随時期の賦課を作ってください。";

    /// <summary>
    /// Applies the 更正 when the assessment is still at <paramref name="version"/>; the same <paramref name="key"/> again
    /// returns the 更正 already made.
    /// </summary>
    public async Task<(AssessmentAdjustment? Done, string? Refusal)> AdjustAsync(
        Guid assessmentId, int version, long newAnnual, string reason, Guid key, string by, CancellationToken ct)
    {
        if (await db.Set<AssessmentAdjustment>().AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionKey == key, ct) is { } already)
        {
            return (already, null);
        }
        var assessment = await db.Set<Assessment>().Include(a => a.Instalments).FirstOrDefaultAsync(a => a.Id == assessmentId, ct);
        if (assessment is null || assessment.Version != version)
        {
            return (null, StaleMessage);
        }
        var old = assessment.AnnualAmount;
        if (Replan(assessment, newAnnual, JapanTime.Today(clock)) is not { } reissued)
        {
            return (null, AllDueMessage);
        }
        var adjustment = new AssessmentAdjustment
        {
            Id = Guid.CreateVersion7(),
            AssessmentId = assessment.Id,
            OldAnnual = old,
            NewAnnual = newAnnual,
            Reason = reason,
            AdjustedBy = by,
            AdjustedAt = clock.GetUtcNow().UtcDateTime,
            Reissued = string.Join(",", reissued),
            Refund = Math.Max(0, assessment.Instalments.Sum(i => i.Paid) - newAnnual),
            SubmissionKey = key,
        };
        db.Set<AssessmentAdjustment>().Add(adjustment);
        try
        {
            // One save: the new amounts, the raised version and the history row stand or fall together; the version
            // (a concurrency token) makes the second of two simultaneous 更正 fail here instead of overwriting the first.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var same = await db.Set<AssessmentAdjustment>().AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionKey == key, ct);
            return same is not null ? (same, null) : (null, StaleMessage);
        }
        await audit.AppendAsync(by, "payments.assessment.adjust", "assessment", assessment.Id.ToString(), Purpose, ct);
        return (adjustment, null);
    }

    /// <summary>
    /// Sets the new amounts and re-issues the 期 whose amount changed; returns their numbers, or null when every 期 is past
    /// its due date. Past-due 期 keep their amounts and the open ones share the rest (<see cref="InstalmentPlan.Adjust"/>).
    /// When the new annual is below what the past-due 期 billed, the open ones are 0 and the past-due ones come down too,
    /// latest first, but never below what was paid on each: nobody is reminded of money no longer owed, and money already
    /// reconciled stays where it is. What was paid beyond the new annual is the adjustment's refund.
    /// </summary>
    public static IReadOnlyList<int>? Replan(Assessment assessment, long newAnnual, DateOnly today)
    {
        var current = assessment.Instalments.OrderBy(i => i.Number).ToList();
        var plan = InstalmentPlan.Adjust([.. current.Select(i => new PlannedInstalment(i.Number, i.DueOn, i.Amount))], newAnnual, today);
        if (plan is null)
        {
            return null;
        }
        var amounts = plan.Select(p => p.Amount).ToArray();
        var over = amounts.Sum() - newAnnual;
        for (var n = amounts.Length - 1; n >= 0 && over > 0; n--)
        {
            var cut = Math.Min(over, Math.Max(0, amounts[n] - current[n].Paid));
            amounts[n] -= cut;
            over -= cut;
        }
        var reissued = new List<int>();
        foreach (var (instalment, amount) in current.Zip(amounts).Where(x => x.First.Amount != x.Second))
        {
            instalment.Amount = amount;
            instalment.Reissue++;
            instalment.ConfirmationNumber = SlipNumbers.ConfirmationNumber(instalment.PaymentNumber, instalment.Reissue);
            instalment.PrintedAt = null;
            reissued.Add(instalment.Number);
        }
        assessment.AnnualAmount = newAnnual;
        assessment.Version++;
        return reissued;
    }
}
