using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Payments.Billing;
using Tsunagu.Web.Payments.Slips;
using Tsunagu.Web.Platform.Auditing;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Reconciliation;

/// <summary>
/// What staff do with a payment in the review queue: match a mistyped number by hand, take back a wrong match, record a
/// refund (還付), put an excess towards another unpaid instalment of the same payer (充当), or confirm a 確報 that differs
/// from its 速報. Each action is one transaction, refused when another member of staff acted first, and audited.
/// </summary>
public sealed class PaymentReview(TsunaguDb db, AuditLog audit, TimeProvider clock)
{
    public const string Stale = "ほかの職員が先にこの収納を処理しました。最新の内容を確かめてください。";

    public async Task<string?> MatchAsync(Guid recordId, int version, string paymentNumber, string staff, CancellationToken ct)
    {
        var number = new string([.. paymentNumber.Where(char.IsAsciiDigit)]);
        if (!SlipNumbers.IsValid(number))
        {
            return "納付番号は18けたで、最後のけたの検査数字が合うものを入力してください。";
        }
        return await ActAsync(recordId, version, staff, "payments.match", async record =>
        {
            if (record.Result != MatchResult.Unknown || record.Resolved)
            {
                return "この収納は納付番号が見つからないものではありません。";
            }
            var instalment = await db.Set<Instalment>().FirstOrDefaultAsync(i => i.PaymentNumber == number, ct);
            if (instalment is null)
            {
                return "その納付番号の期別は見つかりません。";
            }
            var preliminaries = await db.Set<PaymentRecord>().Where(r => r.InstalmentId == instalment.Id && r.Kind == ReportKind.Preliminary).ToListAsync(ct);
            Matcher.ApplyTo(record, instalment, preliminaries);
            // Whatever the match leaves to do (an excess to refund) stays in the queue; the hand match itself is recorded.
            record.Note = $"手作業で納付番号 {number} に消込（届いた番号 {record.PaymentNumber}）";
            record.Resolution = Resolution.Matched;
            return null;
        }, ct);
    }

    public Task<string?> UnmatchAsync(Guid recordId, int version, string reason, string staff, CancellationToken ct) =>
        ActAsync(recordId, version, staff, "payments.unmatch", async record =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return "取り消す理由を入力してください。";
            }
            if (record.InstalmentId is not { } id || record.Kind != ReportKind.Final)
            {
                return "消し込まれていない収納は取り消せません。";
            }
            if (record.Resolution is Resolution.Refunded or Resolution.Appropriated)
            {
                return "還付または充当が済んだ収納は取り消せません。";
            }
            var instalment = await db.Set<Instalment>().FirstAsync(i => i.Id == id, ct);
            instalment.Paid -= record.Applied;
            (record.InstalmentId, record.Refund, record.Result, record.Resolved) = (null, 0, MatchResult.Unknown, false);
            record.Resolution = Resolution.Unmatched;
            record.Note = "消込の取消: " + reason.Trim();
            return null;
        }, ct);

    public Task<string?> RefundAsync(Guid recordId, int version, string note, string staff, CancellationToken ct) =>
        ActAsync(recordId, version, staff, "payments.refund", record =>
        {
            if (record.Resolved)
            {
                return Task.FromResult<string?>("この収納は処理が済んでいます。");
            }
            if (record.Refund <= 0 && record.Result != MatchResult.Unknown)
            {
                return Task.FromResult<string?>("還付する金額がありません。");
            }
            if (string.IsNullOrWhiteSpace(note))
            {
                return Task.FromResult<string?>("還付の方法と日付（例: 口座振込 12月10日）を入力してください。");
            }
            // A payment that matches no instalment goes back whole, through the agency that collected it.
            if (record.Result == MatchResult.Unknown)
            {
                record.Refund = record.Amount;
            }
            (record.Resolved, record.Resolution, record.Note) = (true, Resolution.Refunded, "還付: " + note.Trim());
            return Task.FromResult<string?>(null);
        }, ct);

    public async Task<string?> AppropriateAsync(Guid recordId, int version, Guid targetInstalmentId, string staff, CancellationToken ct) =>
        await ActAsync(recordId, version, staff, "payments.appropriate", async record =>
        {
            if (record.Resolved || record.Refund <= 0 || record.InstalmentId is not { } sourceId)
            {
                return "充当できる還付額がありません。";
            }
            var targets = await AppropriationTargetsAsync(sourceId, ct);
            var target = targets.FirstOrDefault(t => t.Instalment.Id == targetInstalmentId);
            if (target.Instalment is null)
            {
                return "充当先は、同じ方の納め終わっていない期別から選んでください。";
            }
            var moved = Math.Min(record.Refund, target.Instalment.Amount - target.Instalment.Paid);
            var transfer = new PaymentRecord
            {
                Id = Guid.NewGuid(),
                FileId = record.FileId,
                Kind = ReportKind.Final,
                PaymentNumber = target.Instalment.PaymentNumber,
                Amount = moved,
                PaidOn = record.PaidOn,
                Agency = "充当",
                Note = $"{record.PaymentNumber} の過納から充当",
            };
            Matcher.ApplyTo(transfer, target.Instalment, []);
            db.Set<PaymentRecord>().Add(transfer);
            record.Refund -= moved;
            record.Note = $"{moved:N0}円を {target.Instalment.PaymentNumber} に充当";
            if (record.Refund == 0)
            {
                (record.Resolved, record.Resolution) = (true, Resolution.Appropriated);
            }
            return null;
        }, ct);

    public Task<string?> ConfirmAsync(Guid recordId, int version, string note, string staff, CancellationToken ct) =>
        ActAsync(recordId, version, staff, "payments.confirm", record =>
        {
            if (record.Resolved || record.Result != MatchResult.DiffersFromPreliminary)
            {
                return Task.FromResult<string?>("確認済みにできるのは、速報と確報の金額が違う収納だけです。");
            }
            (record.Resolved, record.Resolution, record.Note) = (true, Resolution.Confirmed, string.IsNullOrWhiteSpace(note) ? "確報の金額で確認" : note.Trim());
            return Task.FromResult<string?>(null);
        }, ct);

    /// <summary>Unpaid instalments of the same payer as the instalment an excess was paid to: where 充当 may put it.</summary>
    public async Task<IReadOnlyList<(Assessment Assessment, Instalment Instalment)>> AppropriationTargetsAsync(Guid sourceInstalmentId, CancellationToken ct)
    {
        var payer = await db.Set<Instalment>().Where(i => i.Id == sourceInstalmentId)
            .Join(db.Set<Assessment>(), i => i.AssessmentId, a => a.Id, (i, a) => a.PayerResidentId).FirstOrDefaultAsync(ct);
        var rows = await db.Set<Assessment>().Where(a => a.PayerResidentId == payer)
            .Join(db.Set<Instalment>(), a => a.Id, i => i.AssessmentId, (a, i) => new { a, i })
            .Where(x => x.i.Paid < x.i.Amount && x.i.Id != sourceInstalmentId).ToListAsync(ct);
        // Oldest first: the law puts an excess towards the earliest arrears before later instalments.
        return [.. rows.OrderBy(x => x.i.DueOn).ThenBy(x => x.a.Fund).Select(x => (x.a, x.i))];
    }

    private async Task<string?> ActAsync(Guid recordId, int version, string staff, string action, Func<PaymentRecord, Task<string?>> act, CancellationToken ct)
    {
        var record = await db.Set<PaymentRecord>().FirstOrDefaultAsync(r => r.Id == recordId, ct);
        if (record is null)
        {
            return "その収納は見つかりません。";
        }
        if (record.Version != version)
        {
            return Stale;
        }
        var before = (record.Result, record.InstalmentId, record.Refund);
        if (await act(record) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }
        (record.ResolvedAt, record.ResolvedBy) = (clock.GetUtcNow().UtcDateTime, staff);
        record.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale;
        }
        await audit.AppendAsync(staff, action, "payment-record", record.Id.ToString(),
            $"{before.Result}→{record.Result} 納付番号 {record.PaymentNumber} {record.Amount}円 還付 {before.Refund}→{record.Refund}円 ({JapanTime.Today(clock):yyyy-MM-dd}) {record.Note}", ct);
        return null;
    }
}
