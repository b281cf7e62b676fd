using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Handlers;

/// <summary>Staff wrote to the applicant of an online application; the message itself is shown in マイページ.</summary>
public sealed record ResidentMessaged(Guid CaseId, Guid ApplicationId);

/// <summary>Tells the applicant by e-mail that a message waits in マイページ (the text stays behind the sign-in).</summary>
internal sealed class MailResidentOnMessage(IApplicationRecords applications, IMailSender mail, MailLinks links) : IIntegrationEventSubscriber<ResidentMessaged>
{
    public async Task HandleAsync(ResidentMessaged messaged, Guid messageId, CancellationToken ct)
    {
        if (await applications.FindAsync(messaged.ApplicationId, ct) is not { ContactEmail: { } to } record)
        {
            return;
        }
        var body = $"""
            申請について、担当課からのお知らせがあります。マイページでご確認ください。

            受付番号: {record.ReceiptNumber}
            マイページ: {links.To($"/my/applications/{messaged.ApplicationId}")}

            このメールは送信専用です。
            九重町役場
            """;
        await mail.SendAsync(new MailMessageToSend(to, $"【九重町】担当課からのお知らせ(受付番号 {record.ReceiptNumber})", body), ct);
    }
}
