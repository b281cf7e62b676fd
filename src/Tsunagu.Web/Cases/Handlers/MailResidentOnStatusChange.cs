using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Handlers;

/// <summary>
/// E-mails the applicant of an online application whenever the status they see in マイページ changes. The mail names
/// the status only; the details (a correction request, a reason) are behind the sign-in, as mail is not a safe place.
/// </summary>
internal sealed class MailResidentOnStatusChange(IApplicationRecords applications, IMailSender mail, MailLinks links)
    : IIntegrationEventSubscriber<CaseStatusChanged>
{
    public async Task HandleAsync(CaseStatusChanged changed, Guid messageId, CancellationToken ct)
    {
        var before = CaseStatuses.Parse(changed.From)?.ForResident();
        if (changed.ApplicationId is not { } applicationId || before == changed.ResidentStatus)
        {
            return;
        }
        if (await applications.FindAsync(applicationId, ct) is not { ContactEmail: { } to } record)
        {
            return;
        }
        var what = changed.ResidentStatus switch
        {
            "補正のお願い" => "申請の内容について、担当課から補正(修正)のお願いがあります。マイページで内容を確認し、補正してください。",
            "完了" => "申請の手続きが完了しました。",
            "却下" => "申請をお受けできないことになりました。理由はマイページでご確認ください。",
            "取下げ" => "申請の取下げを受け付けました。",
            _ => $"申請の状況が「{changed.ResidentStatus}」になりました。",
        };
        var body = $"""
            {what}

            受付番号: {record.ReceiptNumber}
            状況: {changed.ResidentStatus}
            マイページ: {links.To($"/my/applications/{applicationId}")}

            このメールは送信専用です。
            九重町役場
            """;
        await mail.SendAsync(new MailMessageToSend(to, $"【九重町】申請の状況: {changed.ResidentStatus}(受付番号 {record.ReceiptNumber})", body), ct);
    }
}
