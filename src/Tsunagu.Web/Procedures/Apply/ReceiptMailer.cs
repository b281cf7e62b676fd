using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Platform.ResidentIdentity;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Procedures.Forms;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>
/// Sends the confirmation (受付のお知らせ) after a submission, from the outbox so that a slow or failing mail
/// server never loses or delays the application itself. The inbox makes a redelivery send nothing twice.
/// </summary>
internal sealed class ReceiptMailer(TsunaguDb db, IMailSender mail, ProcedureCatalogue catalogue) : IIntegrationEventSubscriber<ApplicationSubmitted>
{
    public async Task HandleAsync(ApplicationSubmitted submitted, Guid messageId, CancellationToken ct)
    {
        var application = await db.Set<Application>().AsNoTracking().SingleAsync(a => a.Id == submitted.ApplicationId, ct);
        var to = await AddressAsync(application, ct);
        if (to is null)
        {
            return;
        }
        var body = $"""
            {submitted.ProcedureName}の申請を受け付けました。

            受付番号: {submitted.ReceiptNumber}
            受付日時: {Platform.Time.JapanTime.ToJapan(submitted.SubmittedAt):yyyy年M月d日 H時mm分}

            担当の課が内容を確認します。標準で{submitted.ProcessingDays}日ほどかかります(土日祝日を除く)。
            お問い合わせの際は、受付番号をお伝えください。

            このメールは送信専用です。
            九重町役場
            """;
        await mail.SendAsync(new MailMessageToSend(to, $"【九重町】申請を受け付けました(受付番号 {submitted.ReceiptNumber})", body), ct);
    }

    private async Task<string?> AddressAsync(Application application, CancellationToken ct)
    {
        if (application.Owner.StartsWith("account:", StringComparison.Ordinal) && Guid.TryParse(application.Owner["account:".Length..], out var accountId))
        {
            var email = await db.Set<ResidentAccount>().Where(a => a.Id == accountId).Select(a => a.Email).SingleOrDefaultAsync(ct);
            // Card-only accounts carry a placeholder under the reserved .invalid domain: nothing can be delivered there.
            if (email is not null && !email.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
            {
                return email;
            }
        }
        // An applicant without an account gets the receipt at the address they typed in the form, if any.
        var form = (await catalogue.FindVersionAsync(application.ProcedureId, application.ProcedureVersion, ct))?.Form;
        var answers = FormAnswers.FromJson(application.AnswersJson);
        return form?.AllFields.Where(f => f.Type == FieldTypes.Email).Select(f => answers[f.Id]).FirstOrDefault(v => v is not null);
    }
}
